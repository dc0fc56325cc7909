package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.example.rules.PersonalDataWithoutConsentRule;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.model.validation.ValidationRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The example plugin's GDPR rule, installed through org.cjmstudio.model.validationRules: a bank's onboarding map
 * whose "Open an account" stage has a sign-up form.
 */
class ConsentRuleTest {

	private final CjmFactory factory = CjmFactory.eINSTANCE;
	private final JourneyMap map = JourneyMapTemplates.newStandardMap("Opening a current account");
	private final Stage stage = map.getStages().get(3);
	private final Touchpoint signUpForm = touchpoint("Sign-up form", "Name, e-mail and date of birth");

	private Touchpoint touchpoint(String name, String description) {
		Touchpoint touchpoint = factory.createTouchpoint();
		touchpoint.setName(name);
		touchpoint.setDescription(description);
		touchpoint.setChannel(map.getChannels().get(0));
		stage.getTouchpoints().add(touchpoint);
		return touchpoint;
	}

	private List<Diagnostic> gdprFindings() {
		return MapValidation.installed().validate(map).getChildren().stream()
				.filter(d -> PersonalDataWithoutConsentRule.ID.equals(Findings.ruleIdOf(d))).toList();
	}

	@Test
	void theRuleIsInstalledThroughTheExtensionPointAndNotBuiltIn() {
		assertTrue(ValidationRules.installed().all().stream()
				.anyMatch(rule -> rule.id().equals(PersonalDataWithoutConsentRule.ID)));
		assertFalse(ValidationRules.standard().all().stream()
				.anyMatch(rule -> rule.id().equals(PersonalDataWithoutConsentRule.ID)));
	}

	@Test
	void aSignUpFormWithoutConsentIsAGdprWarningOnTheForm() {
		List<Diagnostic> findings = gdprFindings();

		assertEquals(1, findings.size(), findings.toString());
		assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
		assertSame(signUpForm, findings.get(0).getData().get(0));
		assertTrue(findings.get(0).getMessage().startsWith("GDPR: touchpoint 'Sign-up form' in stage '"),
				findings.get(0).getMessage());
	}

	@Test
	void aConsentStepInTheSameStageSatisfiesIt() {
		Step consent = factory.createStep();
		consent.setName("Ticks the consent boxes");
		stage.getSteps().add(consent);

		assertEquals(List.of(), gdprFindings());
	}

	@Test
	void aConsentStepInAnotherStageDoesNot() {
		Step consent = factory.createStep();
		consent.setName("Ticks the consent boxes");
		map.getStages().get(0).getSteps().add(consent);

		assertEquals(1, gdprFindings().size());
	}

	@Test
	void aLinkedPrivacyNoticeSatisfiesIt() {
		ExternalLink notice = factory.createExternalLink();
		notice.setLabel("Privacy notice");
		notice.setTarget("https://bank.example/legal/notice");
		signUpForm.getExternalLinks().add(notice);

		assertEquals(List.of(), gdprFindings());
	}

	@Test
	void wordsThatOnlyContainAPersonalDataWordAreNotFlagged() {
		stage.getTouchpoints().remove(signUpForm);
		touchpoint("Information page", "Our platform explained");

		assertEquals(List.of(), gdprFindings());
	}
}
