package org.cjmstudio.edit.ui.tests;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.BarrierKind;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * The standard six-stage map of a bike shop's checkout, open in an editing domain as in the editor: a checkout page,
 * a "five screens" barrier and an irritated customer in the Purchase stage, backed by two interviews.
 */
final class BikeShopMap {

	final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	final JourneyMap map = JourneyMapTemplates.newStandardMap("Buying a bike online");
	final Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/bikes.cjm"));
	final Stage purchase = map.getStages().get(3);
	final ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
	final Interview firstInterview = interview("Respondent 1");
	final Interview secondInterview = interview("Respondent 2");
	final Step checkout = CjmFactory.eINSTANCE.createStep();
	final Touchpoint checkoutPage = CjmFactory.eINSTANCE.createTouchpoint();
	final Barrier longForm = CjmFactory.eINSTANCE.createBarrier();
	final Emotion irritation = CjmFactory.eINSTANCE.createEmotion();

	BikeShopMap() {
		// In the domain's resource set first, so that every element gets its id and its editing domain.
		resource.getContents().add(map);

		study.setTitle("Why people leave the checkout");
		study.getInterviews().add(firstInterview);
		study.getInterviews().add(secondInterview);
		map.getStudies().add(study);

		checkout.setName("Fills in the checkout form");
		purchase.getSteps().add(checkout);

		checkoutPage.setName("Checkout page");
		checkoutPage.setChannel(map.getChannels().get(0));
		checkoutPage.getServes().add(checkout);
		purchase.getTouchpoints().add(checkoutPage);

		longForm.setName("Checkout takes five screens");
		longForm.setKind(BarrierKind.COMPLEX_REGISTRATION);
		longForm.setSeverity(Severity.HIGH);
		longForm.setStep(checkout);
		longForm.getEvidence().add(secondInterview);
		purchase.getBarriers().add(longForm);

		irritation.setFeeling(Feeling.IRRITATION);
		irritation.setValence(-2);
		irritation.setStep(checkout);
		irritation.getEvidence().add(firstInterview);
		purchase.getEmotions().add(irritation);
	}

	private static Interview interview(String respondent) {
		Interview interview = CjmFactory.eINSTANCE.createInterview();
		interview.setTitle("Interview with " + respondent);
		interview.setRespondentProfile(respondent);
		return interview;
	}
}
