package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.emotions.Feelings;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.model.validation.ValidationRules;
import org.cjmstudio.model.validation.rules.AssumedBarrierRule;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * Each CX rule, once passing and once failing: a map that rests on evidence is clean, and breaking one thing
 * raises exactly the problem a CX lead would expect, naming the element.
 */
class ValidationRulesTest {

	private final MapFixtures fixture = new MapFixtures();

	@Test
	void aMapThatRestsOnEvidenceHasNoProblems() {
		assertEquals(List.of(), problems(), "the fixture must be clean for the failing cases to mean anything");
	}

	@Test
	void aBarrierWithoutEvidenceIsAnAssumption() {
		fixture.longForm.getEvidence().clear();

		Diagnostic problem = onlyProblem("barrier.no-evidence", Diagnostic.WARNING);
		assertSame(fixture.longForm, problem.getData().get(0));
		assertEquals("Assumption: barrier 'Checkout takes five screens' in stage 'Purchase' cites no evidence. "
				+ "Link it to the interviews, insights or data that show it.", problem.getMessage());
	}

	@Test
	void anEmotionWithoutEvidenceIsAnAssumption() {
		fixture.irritation.getEvidence().clear();

		Diagnostic problem = onlyProblem("emotion.no-evidence", Diagnostic.WARNING);
		assertSame(fixture.irritation, problem.getData().get(0));
		assertTrue(problem.getMessage().contains("emotion 'irritated (\u22122) at step 'Fills in the checkout form''"),
				problem.getMessage());
	}

	@Test
	void aToBeEmotionIsATargetAndNeedsNoEvidence() {
		fixture.irritation.getEvidence().clear();
		fixture.irritation.setState(EmotionState.TO_BE);

		assertEquals(List.of(), problems());
	}

	@Test
	void aNeutralFeelingAtMinusTwoIsAMismatch() {
		fixture.irritation.setFeeling(Feeling.NEUTRAL);

		Diagnostic problem = onlyProblem("emotion.feeling-valence-mismatch", Diagnostic.WARNING);
		assertSame(fixture.irritation, problem.getData().get(0));
		assertEquals("The feeling and the valence disagree: emotion 'neutral (\u22122) at step 'Fills in the checkout "
				+ "form'' in stage 'Purchase'. A neutral customer is usually between \u22121 and +1: change the feeling "
				+ "or the valence.", problem.getMessage());
	}

	@Test
	void everyFeelingAtItsUsualValenceFits() {
		for (Feeling feeling : Feeling.values()) {
			assertTrue(Feelings.fits(feeling, Feelings.usualValence(feeling)), feeling.getName());
			assertTrue(Feelings.fits(Feelings.typicalFor(Feelings.usualValence(feeling)),
					Feelings.usualValence(feeling)), feeling.getName());
		}
	}

	@Test
	void aStudyWithFewerThanTenInterviewsIsThin() {
		fixture.study.getInterviews().subList(9, MapFixtures.INTERVIEWS).clear();

		Diagnostic problem = onlyProblem("study.too-few-interviews", Diagnostic.WARNING);
		assertTrue(problem.getMessage().startsWith("Thin research: research study 'Why people leave the checkout' "
				+ "has 9 interviews"), problem.getMessage());
	}

	@Test
	void aStudyWithFewerThanThreeInterviewsIsNotResearch() {
		fixture.study.getInterviews().subList(2, MapFixtures.INTERVIEWS).clear();

		Diagnostic problem = onlyProblem("study.too-few-interviews", Diagnostic.ERROR);
		assertTrue(problem.getMessage().startsWith("Not research:"), problem.getMessage());
	}

	@Test
	void aStageWithoutTouchpointsIsFlagged() {
		fixture.map.getStages().get(0).getTouchpoints().clear();

		Diagnostic problem = onlyProblem("stage.no-touchpoint", Diagnostic.WARNING);
		assertSame(fixture.map.getStages().get(0), problem.getData().get(0));
		assertTrue(problem.getMessage().startsWith("stage 'Need' has no touchpoint"), problem.getMessage());
	}

	@Test
	void anOpportunityWithoutMetricIsFlagged() {
		fixture.oneClickCheckout.getMetrics().clear();

		assertSame(fixture.oneClickCheckout, onlyProblem("opportunity.no-metric", Diagnostic.WARNING).getData().get(0));
	}

	@Test
	void anOpportunityWithoutBarrierIsFlagged() {
		fixture.oneClickCheckout.getAddresses().clear();

		assertSame(fixture.oneClickCheckout,
				onlyProblem("opportunity.no-barrier", Diagnostic.WARNING).getData().get(0));
	}

	@Test
	void aPersonaWithoutDataSourceIsFlagged() {
		fixture.persona.getEvidence().clear();

		Diagnostic problem = onlyProblem("persona.no-data-source", Diagnostic.WARNING);
		assertTrue(problem.getMessage().startsWith("persona 'Anna, weekend cyclist' is built on no data source"));
	}

	@Test
	void theSameTouchpointTwiceOnAStepIsFlagged() {
		Touchpoint copy = fixture.factory.createTouchpoint();
		copy.setName(" checkout PAGE ");
		copy.setChannel(fixture.checkoutPage.getChannel());
		copy.getServes().add(fixture.checkout);
		fixture.purchase.getTouchpoints().add(copy);

		Diagnostic problem = onlyProblem("step.duplicate-touchpoints", Diagnostic.WARNING);
		assertSame(fixture.checkout, problem.getData().get(0));
		assertTrue(problem.getMessage().contains("is served 2 times by touchpoint 'Checkout page'"));
	}

	@Test
	void twoTouchpointsOnDifferentChannelsAreNoDuplicates() {
		Touchpoint phone = fixture.factory.createTouchpoint();
		phone.setName("Checkout page");
		phone.setChannel(fixture.map.getChannels().get(9));
		phone.getServes().add(fixture.checkout);
		fixture.purchase.getTouchpoints().add(phone);

		assertEquals(List.of(), problems());
	}

	@Test
	void aMapWithoutPersonaIsAnError() {
		fixture.map.getPersonas().clear();

		Diagnostic problem = onlyProblem("map.no-persona", Diagnostic.ERROR);
		assertEquals("journey map 'Buying a bike online' has no persona. Add the customer whose journey this is.",
				problem.getMessage());
	}

	@Test
	void aMapWithoutTitleIsAnError() {
		fixture.map.setTitle(" ");

		assertEquals("The map has no title. Give it one in the Properties view.",
				onlyProblem("map.no-title", Diagnostic.ERROR).getMessage());
	}

	@Test
	void aMapWithoutStagesIsAnError() {
		fixture.map.getOpportunities().clear();
		fixture.map.getMetrics().clear();
		fixture.map.getStages().clear();

		assertTrue(onlyProblem("map.no-stage", Diagnostic.ERROR).getMessage().endsWith(
				"has no stage. Add the first stage of the journey from the palette."));
	}

	@Test
	void stagesStepsAndPersonasWithoutNamesAreErrors() {
		fixture.purchase.setName(null);
		fixture.checkout.setName("");
		fixture.persona.setName("  ");

		List<Diagnostic> problems = problems().stream()
				.filter(problem -> "element.no-name".equals(Findings.ruleIdOf(problem))).toList();
		assertEquals(List.of(fixture.persona, fixture.purchase, fixture.checkout),
				problems.stream().map(problem -> problem.getData().get(0)).toList());
		assertTrue(problems.stream().allMatch(problem -> problem.getSeverity() == Diagnostic.ERROR));
		assertTrue(problems.get(1).getMessage().startsWith("Stage #"), problems.get(1).getMessage());
		assertTrue(problems.get(1).getMessage().endsWith("has no name. Name it (F2 on the map, or the Properties view)."));
	}

	@Test
	void anAgeRangeRunningBackwardsOrBelowZeroIsAnError() {
		fixture.persona.setDemographics(fixture.factory.createDemographics());
		fixture.persona.getDemographics().setAgeMin(60);
		fixture.persona.getDemographics().setAgeMax(20);

		assertEquals("The age range of persona 'Anna, weekend cyclist' runs backwards (60–20). Put the lower age first.",
				onlyProblem("persona.age-range", Diagnostic.ERROR).getMessage());

		fixture.persona.getDemographics().setAgeMin(-5);
		assertTrue(onlyProblem("persona.age-range", Diagnostic.ERROR).getMessage().contains("(-5–20) has a negative age"));

		fixture.persona.getDemographics().setAgeMin(null);
		fixture.persona.getDemographics().setAgeMax(40);
		assertEquals(List.of(), problems(), "an open range (only an upper age) is fine");
	}

	@Test
	void aValenceOutsideMinusThreeToThreeIsRejectedByTheMetamodel() {
		fixture.irritation.setValence(-5);

		Diagnostic result = MapValidation.standard().validate(fixture.map);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertTrue(result.getChildren().stream().anyMatch(child -> child.getData().contains(fixture.irritation)));
	}

	@Test
	void aRuleCanBeSwitchedOffAndPluginsCannotRegisterTheSameIdTwice() {
		fixture.longForm.getEvidence().clear();
		ValidationRules rules = ValidationRules.standard();

		assertThrows(IllegalArgumentException.class, () -> rules.register(new AssumedBarrierRule()));
		assertTrue(rules.unregister("barrier.no-evidence"));
		assertEquals(List.of(), new MapValidation(rules).validate(fixture.map).getChildren());
	}

	private Diagnostic onlyProblem(String ruleId, int severity) {
		List<Diagnostic> problems = problems();
		assertEquals(1, problems.size(), "expected only " + ruleId + " but got " + problems);
		Diagnostic problem = problems.get(0);
		assertEquals(ruleId, Findings.ruleIdOf(problem));
		assertEquals(severity, problem.getSeverity(), problem.getMessage());
		assertTrue(problem.getData().get(0) instanceof EObject);
		return problem;
	}

	private List<Diagnostic> problems() {
		return MapValidation.standard().validate(fixture.map).getChildren();
	}
}
