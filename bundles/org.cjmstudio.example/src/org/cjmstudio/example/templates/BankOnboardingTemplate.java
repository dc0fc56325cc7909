package org.cjmstudio.example.templates;

import org.cjmstudio.example.blueprint.BlueprintPackage;
import org.cjmstudio.example.blueprint.EmployeeAction;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.Phase;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.StageKind;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.model.templates.JourneyTemplate;
import org.cjmstudio.model.templates.StandardChannel;

/**
 * A bank's onboarding journey to start from: apply, verify identity, open the account, first use. It comes with the
 * touchpoints every such journey has — the application form with its consent to data processing (so the plugin's
 * own GDPR rule is satisfied), the video identification — and the bank's back-stage KYC check in the plugin's
 * "Employee actions" lane. The team replaces the rest with what their research shows.
 */
public final class BankOnboardingTemplate implements JourneyTemplate {

	private final CjmFactory cjm = CjmFactory.eINSTANCE;

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		JourneyMap map = JourneyMapTemplates.newEmptyMap(title); // a draft with the standard channels
		Channel website = channel(map, StandardChannel.WEBSITE);
		Channel app = channel(map, StandardChannel.MOBILE_APP);

		Stage apply = stage(map, "Apply", Phase.BEFORE_PURCHASE);
		Step fillsIn = step(apply, "Fills in the application");
		touchpoint(apply, "Online application form", "Name, address, date of birth, e-mail", website, fillsIn);
		touchpoint(apply, "Consent to data processing", "Privacy notice and consent boxes (GDPR)", website, fillsIn);

		Stage verify = stage(map, "Verify identity", Phase.DURING_PURCHASE);
		Step showsId = step(verify, "Shows the ID card on video");
		touchpoint(verify, "Video identification", "A bank employee checks the ID card live", app, showsId);
		EmployeeAction kyc = (EmployeeAction) BlueprintPackage.eINSTANCE.getEFactoryInstance()
				.create(BlueprintPackage.EMPLOYEE_ACTION);
		kyc.setName("KYC check");
		kyc.setActor("Compliance back office");
		kyc.setBackStage(true);
		verify.getLaneCards().add(kyc);

		Stage open = stage(map, "Open the account", Phase.DURING_PURCHASE);
		touchpoint(open, "Welcome message", "Account number and next steps", channel(map, StandardChannel.EMAIL),
				step(open, "Receives the account details"));

		Stage firstUse = stage(map, "First use", Phase.AFTER_PURCHASE);
		touchpoint(firstUse, "Banking app", "First login and first transfer", app, step(firstUse, "Logs in"));

		if (firstPersona != null && !firstPersona.isBlank()) {
			Persona persona = cjm.createPersona();
			persona.setName(firstPersona.strip());
			persona.setKind(PersonaKind.B2C);
			map.getPersonas().add(persona);
		}
		ElementIds.assignMissing(map);
		return map;
	}

	private Stage stage(JourneyMap map, String name, Phase phase) {
		Stage stage = cjm.createStage();
		stage.setName(name);
		stage.setPhase(phase);
		stage.setKind(StageKind.CUSTOM);
		map.getStages().add(stage);
		return stage;
	}

	private Step step(Stage stage, String name) {
		Step step = cjm.createStep();
		step.setName(name);
		stage.getSteps().add(step);
		return step;
	}

	private void touchpoint(Stage stage, String name, String description, Channel channel, Step serves) {
		Touchpoint touchpoint = cjm.createTouchpoint();
		touchpoint.setName(name);
		touchpoint.setDescription(description);
		touchpoint.setChannel(channel);
		touchpoint.getServes().add(serves);
		stage.getTouchpoints().add(touchpoint);
	}

	private static Channel channel(JourneyMap map, StandardChannel standard) {
		return map.getChannels().stream().filter(channel -> standard.label().equals(channel.getName())).findFirst()
				.orElseThrow();
	}
}
