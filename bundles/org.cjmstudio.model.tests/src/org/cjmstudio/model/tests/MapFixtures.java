package org.cjmstudio.model.tests;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.BarrierKind;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.MetricKind;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.ids.ElementIdAssigner;
import org.cjmstudio.model.templates.JourneyMapTemplates;

/**
 * A small map that breaks none of the CX rules: every stage has a touchpoint, every barrier and emotion cites an
 * interview, the study has twelve interviews, the opportunity has a barrier and a metric. Tests break one thing.
 */
final class MapFixtures {

	static final int INTERVIEWS = 12;

	final CjmFactory factory = CjmFactory.eINSTANCE;
	final JourneyMap map = JourneyMapTemplates.newStandardMap("Buying a bike online");
	final ResearchStudy study = factory.createResearchStudy();
	final Persona persona = factory.createPersona();
	final Stage purchase = map.getStages().get(3);
	final Step checkout = factory.createStep();
	final Touchpoint checkoutPage = factory.createTouchpoint();
	final Emotion irritation = factory.createEmotion();
	final Barrier longForm = factory.createBarrier();
	final Opportunity oneClickCheckout = factory.createOpportunity();
	final Metric conversion = factory.createMetric();

	MapFixtures() {
		study.setTitle("Why people leave the checkout");
		for (int i = 1; i <= INTERVIEWS; i++) {
			study.getInterviews().add(interview("Respondent " + i));
		}
		map.getStudies().add(study);

		persona.setName("Anna, weekend cyclist");
		persona.getEvidence().add(study);
		map.getPersonas().add(persona);

		for (Stage stage : map.getStages()) {
			Touchpoint website = factory.createTouchpoint();
			website.setName("Website in " + stage.getName());
			website.setChannel(map.getChannels().get(0));
			stage.getTouchpoints().add(website);
		}

		checkout.setName("Fills in the checkout form");
		purchase.getSteps().add(checkout);
		checkoutPage.setName("Checkout page");
		checkoutPage.setChannel(map.getChannels().get(0));
		checkoutPage.getServes().add(checkout);
		purchase.getTouchpoints().add(checkoutPage);

		irritation.setFeeling(Feeling.IRRITATION);
		irritation.setValence(-2);
		irritation.setStep(checkout);
		irritation.getEvidence().add(study.getInterviews().get(0));
		purchase.getEmotions().add(irritation);

		longForm.setName("Checkout takes five screens");
		longForm.setKind(BarrierKind.COMPLEX_REGISTRATION);
		longForm.setSeverity(Severity.HIGH);
		longForm.setStep(checkout);
		longForm.getEvidence().add(study.getInterviews().get(1));
		purchase.getBarriers().add(longForm);

		conversion.setName("Checkout conversion");
		conversion.setKind(MetricKind.CONVERSION);
		map.getMetrics().add(conversion);

		oneClickCheckout.setTitle("One-page checkout");
		oneClickCheckout.getAddresses().add(longForm);
		oneClickCheckout.getMetrics().add(conversion);
		map.getOpportunities().add(oneClickCheckout);

		// As in the editor: whatever a test adds later gets an id the moment it joins the map.
		ElementIdAssigner.install(map);
	}

	Interview interview(String respondent) {
		Interview interview = factory.createInterview();
		interview.setTitle("Interview with " + respondent);
		interview.setRespondentProfile(respondent);
		return interview;
	}
}
