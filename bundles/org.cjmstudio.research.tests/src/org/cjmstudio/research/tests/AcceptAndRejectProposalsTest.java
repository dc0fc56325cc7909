package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Quote;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.patterns.ProposedInsightCommands;
import org.cjmstudio.research.patterns.ProposedQuote;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;

/** The analyst accepts a proposed insight or rejects it; each is one undoable step. */
class AcceptAndRejectProposalsTest {

	private final StudyFixture fixture = TestStudies.imported("en");
	private final CommandStack stack = fixture.domain.getCommandStack();

	@Test
	void acceptingMakesAnInsightOfItsKindSupportedByItsInterviewsAndQuotes() {
		ProposedInsight afraid = InterviewAnalysisTest.proposal(propose(), InsightKind.FEAR, "afraid");

		Command accept = ProposedInsightCommands.accept(fixture.domain, fixture.study, afraid);
		stack.execute(accept);

		assertEquals("Accept Insight \u201Cafraid\u201D", accept.getLabel());
		assertEquals(1, fixture.map.getInsights().size());
		Insight insight = fixture.map.getInsights().get(0);
		assertEquals(InsightKind.FEAR, insight.getKind());
		assertEquals("Fear: \u201Cafraid\u201D", insight.getTitle());
		assertEquals("5 respondents (Emma, Noah, Mason, Mia, Grace) voiced the fear \u201Cafraid\u201D, 5 times.",
				insight.getStatement());
		assertEquals(afraid.interviews(), insight.getSupportedBy());
		assertEquals(afraid.quotes().size(), insight.getQuotes().size());
		for (Quote quote : insight.getQuotes()) {
			String transcript = ((org.cjmstudio.model.Interview) quote.eContainer()).getTranscript();
			assertEquals(quote.getText(), transcript.substring(quote.getTranscriptOffset(),
					quote.getTranscriptOffset() + quote.getTranscriptLength()));
			assertTrue(quote.getText().contains("afraid"), quote.getText());
			assertFalse(quote.getId() == null || quote.getId().isBlank());
		}
		assertFalse(titlesOf(propose()).contains("afraid"), "an accepted pattern is not proposed again");

		stack.undo();
		assertTrue(fixture.map.getInsights().isEmpty());
		assertTrue(fixture.study.getInterviews().stream().allMatch(i -> i.getQuotes().isEmpty()),
				"one undo removes the insight and its quotes");
		assertTrue(titlesOf(propose()).contains("afraid"));

		stack.redo();
		assertEquals(5, fixture.map.getInsights().get(0).getQuotes().size());
	}

	@Test
	void aQuoteAlreadyTakenFromThePassageIsReused() {
		ProposedInsight afraid = InterviewAnalysisTest.proposal(propose(), InsightKind.FEAR, "afraid");
		ProposedQuote first = afraid.quotes().get(0);
		Quote made = CjmFactory.eINSTANCE.createQuote();
		made.setText(first.text());
		made.setTranscriptOffset(first.offset());
		made.setTranscriptLength(first.length());
		first.interview().getQuotes().add(made);

		stack.execute(ProposedInsightCommands.accept(fixture.domain, fixture.study, afraid));

		Insight insight = fixture.map.getInsights().get(0);
		assertSame(made, insight.getQuotes().get(0));
		assertEquals(1, first.interview().getQuotes().size(), "no second quote of the same passage");
	}

	@Test
	void rejectingRemembersThePatternSoItIsNotProposedAgain() {
		ProposedInsight deliveryFee = InterviewAnalysisTest.proposal(propose(), InsightKind.REPEATED_WORDING,
				"delivery fee");

		Command reject = ProposedInsightCommands.reject(fixture.domain, fixture.study, deliveryFee);
		stack.execute(reject);

		assertEquals("Reject Pattern \u201Cdelivery fee\u201D", reject.getLabel());
		assertEquals(List.of("delivery fee"), fixture.study.getDismissedPatterns());
		assertFalse(titlesOf(propose()).contains("delivery fee"));
		assertTrue(fixture.map.getInsights().isEmpty());

		stack.undo();
		assertTrue(fixture.study.getDismissedPatterns().isEmpty());
		assertTrue(titlesOf(propose()).contains("delivery fee"));
	}

	@Test
	void aRussianWordingRejectedInOneFormIsNotProposedInAnother() {
		StudyFixture russian = TestStudies.imported("ru");
		russian.study.getDismissedPatterns().add("зарплатная карта");

		List<ProposedInsight> proposals = InterviewAnalysis.of(russian.study).propose(null);

		assertFalse(titlesOf(proposals).contains("зарплатную карту"));
	}

	private List<ProposedInsight> propose() {
		return InterviewAnalysis.of(fixture.study).propose(null);
	}

	private static Set<String> titlesOf(List<ProposedInsight> proposals) {
		return Set.copyOf(proposals.stream().map(ProposedInsight::phrase).toList());
	}
}
