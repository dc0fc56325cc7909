package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.patterns.ProposedQuote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An analyst runs the interview analysis on a study of 20 transcripts and gets the patterns a human would see, each
 * with its count, the respondents who said it and the sentences behind it.
 */
class InterviewAnalysisTest {

	private static final Pattern INTERVIEWER_LINE = Pattern.compile("(?m)^(Interviewer|Интервьюер):.*$");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|REPEATED_WORDING|delivery fee", "en|REPEATED_WORDING|track my order",
			"en|REPEATED_WORDING|same-day delivery", "en|FEAR|afraid", "en|DOUBT|not sure",
			"en|REFUSAL_REASON|too expensive", "en|REFUSAL_REASON|hidden fees", "ru|REPEATED_WORDING|личном кабинете",
			"ru|REPEATED_WORDING|смс с кодом", "ru|REPEATED_WORDING|зарплатную карту", "ru|FEAR|боюсь",
			"ru|FEAR|страшно", "ru|DOUBT|не уверен", "ru|REFUSAL_REASON|отказался",
			"ru|REFUSAL_REASON|скрытые комиссии" })
	void findsTheKnownPatternWithItsRespondentsAndQuotes(String language, InsightKind kind, String phrase) {
		StudyFixture fixture = TestStudies.imported(language);
		LabelledPatterns.Label label = LabelledPatterns.of(language).find(kind, phrase);

		ProposedInsight proposal = InterviewAnalysis.of(fixture.study).propose(null).stream().filter(label::matches)
				.findFirst().orElse(null);

		assertNotNull(proposal, "not proposed: " + kind + " " + phrase);
		assertEquals(label.respondents(), titles(proposal.interviews()));
		assertEquals(proposal.interviews().size(), proposal.respondents());
		for (ProposedQuote quote : proposal.quotes()) {
			String transcript = quote.interview().getTranscript();
			assertEquals(quote.text(), transcript.substring(quote.offset(), quote.offset() + quote.length()));
			assertTrue(quote.phraseOffset() >= quote.offset()
					&& quote.phraseOffset() + quote.phraseLength() <= quote.offset() + quote.length(),
					"the phrase lies in its sentence: " + quote);
			assertFalse(quote.text().startsWith(" ") || quote.text().endsWith(" "), "trimmed: " + quote.text());
			assertTrue(proposal.interviews().contains(quote.interview()));
		}
		assertEquals(new HashSet<>(proposal.interviews()),
				proposal.quotes().stream().map(ProposedQuote::interview).collect(Collectors.toSet()),
				"every respondent has a quote");
	}

	@Test
	void repeatedWordingsAreCountedInEveryFormAndOnlyInWhatRespondentsSaid() {
		StudyFixture fixture = TestStudies.imported("en");
		ProposedInsight deliveryFee = proposal(InterviewAnalysis.of(fixture.study).propose(null),
				InsightKind.REPEATED_WORDING, "delivery fee");

		assertEquals(countInRespondentsWords(fixture.study.getInterviews(), "delivery fee"), deliveryFee.count());
		assertEquals(12, deliveryFee.count());
		assertEquals(12, deliveryFee.quotes().size(), "one quote per sentence");
	}

	@Test
	void russianFormsOfOneWordingAreOnePatternShownAsMostOftenSaid() {
		StudyFixture fixture = TestStudies.imported("ru");
		ProposedInsight salaryCard = proposal(InterviewAnalysis.of(fixture.study).propose(null),
				InsightKind.REPEATED_WORDING, "зарплатную карту");

		assertEquals(List.of("зарплатную карту", "зарплатной картой", "зарплатная карта"), salaryCard.forms());
		assertEquals(5, salaryCard.count());
	}

	@Test
	void russianFearsAreFoundInEveryInflection() {
		StudyFixture fixture = TestStudies.imported("ru");
		List<ProposedInsight> proposals = InterviewAnalysis.of(fixture.study).propose(null);

		ProposedInsight fear = proposal(proposals, InsightKind.FEAR, "боюсь");
		assertEquals(List.of("боюсь", "боялась", "боялся", "опасаюсь"), fear.forms());
		ProposedInsight notSure = proposal(proposals, InsightKind.DOUBT, "не уверен");
		assertTrue(notSure.forms().containsAll(List.of("не уверен", "не уверена", "не очень уверена")),
				notSure.forms()::toString);
	}

	@Test
	void aNegatedFearIsNoFear() {
		List<ProposedInsight> english = InterviewAnalysis.of(TestStudies.imported("en").study).propose(null);
		List<ProposedInsight> russian = InterviewAnalysis.of(TestStudies.imported("ru").study).propose(null);

		assertFalse(titles(proposal(english, InsightKind.FEAR, "afraid").interviews()).contains("Liam"),
				"\"I'm not afraid of paying online\"");
		assertFalse(titles(proposal(russian, InsightKind.FEAR, "боюсь").interviews()).contains("Борис"),
				"\"я вообще не боюсь\"");
		assertFalse(titles(proposal(russian, InsightKind.FEAR, "страшно").interviews()).contains("Ксения"),
				"\"мне не страшно было\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void nothingIsProposedFromASingleRespondentOrFromTheInterviewer(String language) {
		StudyFixture fixture = TestStudies.imported(language);

		List<ProposedInsight> proposals = InterviewAnalysis.of(fixture.study).propose(null);

		for (ProposedInsight proposal : proposals) {
			assertTrue(titles(proposal.interviews()).size() >= 2, "said by one respondent only: " + proposal);
			for (ProposedQuote quote : proposal.quotes()) {
				assertFalse(inInterviewerLine(quote), "the interviewer's words: " + quote.text());
			}
		}
		Set<String> phrases = proposals.stream().map(p -> p.phrase().toLowerCase(Locale.ROOT))
				.collect(Collectors.toSet());
		// Ava says "loyalty points" three times, Григорий "кредитные каникулы" three times: one respondent each.
		assertFalse(phrases.contains("loyalty points"), phrases::toString);
		assertFalse(phrases.contains("кредитные каникулы"), phrases::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void ofPhrasesInsideOneAnotherOnlyTheTellingOneIsProposed(String language) {
		List<ProposedInsight> wordings = InterviewAnalysis.of(TestStudies.imported(language).study).propose(null)
				.stream().filter(p -> p.kind() == InsightKind.REPEATED_WORDING).toList();

		for (ProposedInsight shorter : wordings) {
			for (ProposedInsight longer : wordings) {
				if (shorter != longer && (" " + longer.phrase() + " ").contains(" " + shorter.phrase() + " ")) {
					assertFalse(titles(shorter.interviews()).equals(titles(longer.interviews())),
							"both proposed with the same respondents: " + shorter.phrase() + ", " + longer.phrase());
				}
			}
		}
		assertFalse(wordings.stream().anyMatch(p -> p.phrase().equals("wrote to customer service")),
				"inside \"customer service\", said by more");
	}

	@Test
	void turnsWithTimeStampsAndContinuationLinesAreTold() {
		StudyFixture fixture = new StudyFixture();
		for (String name : List.of("Anna", "Boris")) {
			String lockers = name.equals("Anna") ? "full" : "broken";
			org.cjmstudio.model.Interview interview = org.cjmstudio.model.CjmFactory.eINSTANCE.createInterview();
			interview.setTitle(name);
			interview.setTranscript("[00:00:05] Interviewer: Were you afraid of the delivery fee?\n"
					+ "Many people say the delivery fee scares them.\n"
					+ "[00:00:12] " + name + ": The parcel lockers were " + lockers + ".\nI mean the parcel lockers, always.\n");
			fixture.study.getInterviews().add(interview);
		}

		List<ProposedInsight> proposals = InterviewAnalysis.of(fixture.study).propose(null);

		assertEquals(List.of("parcel lockers"), proposals.stream().map(ProposedInsight::phrase).toList());
		assertEquals(4, proposals.get(0).count(), "the respondent's continuation line counts");
		assertEquals("The parcel lockers were full.", proposals.get(0).quotes().get(0).text());
	}

	private static boolean inInterviewerLine(ProposedQuote quote) {
		Matcher lines = INTERVIEWER_LINE.matcher(quote.interview().getTranscript());
		while (lines.find()) {
			if (quote.offset() < lines.end() && quote.offset() + quote.length() > lines.start()) {
				return true;
			}
		}
		return false;
	}

	private static int countInRespondentsWords(List<Interview> interviews, String phrase) {
		int count = 0;
		for (Interview interview : interviews) {
			String respondentsWords = INTERVIEWER_LINE.matcher(interview.getTranscript()).replaceAll("")
					.toLowerCase(Locale.ROOT);
			Matcher found = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(respondentsWords);
			while (found.find()) {
				count++;
			}
		}
		return count;
	}

	static ProposedInsight proposal(List<ProposedInsight> proposals, InsightKind kind, String phrase) {
		return proposals.stream().filter(p -> p.kind() == kind && p.phrase().equals(phrase)).findFirst()
				.orElseThrow(() -> new AssertionError("not proposed: " + kind + " " + phrase + " in " + proposals
						.stream().map(ProposedInsight::phrase).toList()));
	}

	static Set<String> titles(List<Interview> interviews) {
		return interviews.stream().map(Interview::getTitle).collect(Collectors.toSet());
	}
}
