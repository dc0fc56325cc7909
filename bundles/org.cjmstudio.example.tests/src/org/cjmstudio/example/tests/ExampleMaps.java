package org.cjmstudio.example.tests;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.model.templates.JourneyMapTemplates;

/** A bank's account-opening map whose "Purchase" stage has a sign-up form and no consent: what the example checks. */
final class ExampleMaps {

	private ExampleMaps() {
	}

	static JourneyMap signUpWithoutConsent() {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Opening a current account");
		Stage purchase = map.getStages().get(3);
		Step fillsIn = CjmFactory.eINSTANCE.createStep();
		fillsIn.setName("Fills in the form");
		purchase.getSteps().add(fillsIn);
		Touchpoint form = CjmFactory.eINSTANCE.createTouchpoint();
		form.setName("Sign-up form");
		form.setDescription("Name, e-mail, \"date of birth\"");
		form.setChannel(map.getChannels().get(0));
		form.getServes().add(fillsIn);
		purchase.getTouchpoints().add(form);
		ElementIds.assignMissing(map);
		return map;
	}
}
