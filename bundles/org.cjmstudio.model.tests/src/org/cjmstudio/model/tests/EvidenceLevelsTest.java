package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence level of a card comes from the distinct interviews and data behind what it cites: a quote counts as
 * its interview, a study as its interviews, an insight as the interviews and quotes it names.
 */
class EvidenceLevelsTest {

	private MapFixtures fixtures;
	private Interview first;
	private Interview second;

	@BeforeEach
	void aBarrierThatCitesNothing() {
		fixtures = new MapFixtures();
		fixtures.longForm.getEvidence().clear();
		first = fixtures.study.getInterviews().get(0);
		second = fixtures.study.getInterviews().get(1);
	}

	private EvidenceLevel level() {
		return EvidenceLevels.of(fixtures.longForm);
	}

	private Quote quoteOf(Interview interview, String text) {
		Quote quote = fixtures.factory.createQuote();
		quote.setText(text);
		interview.getQuotes().add(quote);
		return quote;
	}

	private DataSource analytics() {
		DataSource analytics = fixtures.factory.createDataSource();
		analytics.setTitle("Checkout funnel");
		fixtures.map.getDataSources().add(analytics);
		return analytics;
	}

	@Test
	void nothingCitedIsAnAssumption() {
		assertEquals(EvidenceLevel.ASSUMPTION, level());
		assertEquals("Assumption: cites no evidence.", EvidenceLevels.basisOf(fixtures.longForm).explanation());
	}

	@Test
	void twoQuotesOfOneInterviewAreOneInterview() {
		fixtures.longForm.getEvidence().add(quoteOf(first, "Five screens for one bike?"));
		fixtures.longForm.getEvidence().add(quoteOf(first, "I gave up at the address form."));
		fixtures.longForm.getEvidence().add(first);

		assertEquals(EvidenceLevel.ONE_INTERVIEW, level());
	}

	@Test
	void quotesOfTwoInterviewsAreSeveral() {
		fixtures.longForm.getEvidence().add(quoteOf(first, "Five screens for one bike?"));
		fixtures.longForm.getEvidence().add(quoteOf(second, "Why do they need my birthday?"));

		assertEquals(EvidenceLevel.SEVERAL_INTERVIEWS, level());
		String explanation = EvidenceLevels.basisOf(fixtures.longForm).explanation();
		assertTrue(explanation.startsWith("Several interviews: rests on 2 interviews ('Interview with Respondent 1', "
				+ "'Interview with Respondent 2') and no quantitative data."), explanation);
	}

	@Test
	void dataAloneShowsWhatNotWhy() {
		fixtures.longForm.getEvidence().add(analytics());

		assertEquals(EvidenceLevel.DATA_ONLY, level());
	}

	@Test
	void anInsightCountsTheInterviewsAndQuotesItNames() {
		Insight insight = fixtures.factory.createInsight();
		insight.setTitle("The form is too long");
		insight.getSupportedBy().add(first);
		insight.getQuotes().add(quoteOf(second, "Why do they need my birthday?"));
		fixtures.map.getInsights().add(insight);
		fixtures.longForm.getEvidence().add(insight);

		assertEquals(EvidenceLevel.SEVERAL_INTERVIEWS, level());

		fixtures.longForm.getEvidence().add(analytics());
		assertEquals(EvidenceLevel.INTERVIEWS_AND_DATA, level());
	}

	@Test
	void aStudyCountsItsInterviewsAndAnEmptyOneNothing() {
		fixtures.longForm.getEvidence().add(fixtures.study);
		assertEquals(EvidenceLevel.SEVERAL_INTERVIEWS, level());

		ResearchStudy planned = fixtures.factory.createResearchStudy();
		planned.setTitle("Follow-up study");
		fixtures.map.getStudies().add(planned);
		fixtures.longForm.getEvidence().clear();
		fixtures.longForm.getEvidence().add(planned);

		assertEquals(EvidenceLevel.ASSUMPTION, level());
		assertEquals("Assumption: what it cites rests on no interview or data.\n"
				+ "Research study 'Follow-up study' names no interview or data.",
				EvidenceLevels.basisOf(fixtures.longForm).explanation());
	}

	@Test
	void onlyBarriersEmotionsAndPersonasHaveALevel() {
		assertEquals(EvidenceLevel.ONE_INTERVIEW, EvidenceLevels.of(fixtures.irritation));
		assertEquals(EvidenceLevel.SEVERAL_INTERVIEWS, EvidenceLevels.of(fixtures.persona));
		assertNull(EvidenceLevels.of(fixtures.oneClickCheckout));
	}
}
