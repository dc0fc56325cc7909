package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.example.blueprint.EmployeeAction;
import org.cjmstudio.example.rules.PersonalDataWithoutConsentRule;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.templates.InstalledTemplate;
import org.cjmstudio.model.templates.InstalledTemplates;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.junit.jupiter.api.Test;

/** The example's bank-onboarding template, installed through org.cjmstudio.templates for the New Journey Map wizard. */
class BankOnboardingTemplateTest {

	private static InstalledTemplate bankOnboarding() {
		return InstalledTemplates.installed().stream()
				.filter(template -> template.id().equals("org.cjmstudio.example.bank-onboarding")).findFirst()
				.orElseThrow();
	}

	@Test
	void theWizardOffersItAfterOurOwn() {
		List<String> ids = InstalledTemplates.installed().stream().map(InstalledTemplate::id).toList();
		assertTrue(ids.indexOf("org.cjmstudio.example.bank-onboarding") > 0, ids.toString());
		assertEquals("org.cjmstudio.example", bankOnboarding().plugin());
	}

	@Test
	void itStartsAnOnboardingJourneyThatMeetsItsOwnGdprRule() throws Exception {
		JourneyMap map = bankOnboarding().newMap("Opening an account at Nordbank", "Mara, first account");

		assertEquals(List.of("Apply", "Verify identity", "Open the account", "First use"),
				map.getStages().stream().map(Stage::getName).toList());
		assertEquals("Mara, first account", map.getPersonas().get(0).getName());
		EmployeeAction kyc = (EmployeeAction) map.getStages().get(1).getLaneCards().get(0);
		assertEquals("KYC check", kyc.getName());
		assertTrue(kyc.isBackStage());
		assertTrue(MapValidation.installed().validate(map).getChildren().stream()
				.noneMatch(problem -> PersonalDataWithoutConsentRule.ID.equals(Findings.ruleIdOf(problem))),
				"the application form comes with its consent");
	}
}
