package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.Lexicon;
import org.cjmstudio.research.patterns.LexiconException;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team extends the lexicons with its own files beside the map; a broken line is named. */
class LexiconTest {

	@TempDir
	Path folder;

	@Test
	void aTeamLexiconAddsItsPhrasesWithStemsEndingsAndGaps() throws Exception {
		Files.writeString(folder.resolve("delivery.lexicon.txt"), """
				# our own patterns
				REFUSAL_REASON "courier late": courier .. late | курьер* опозда(л|ла|ли)
				NEED "pay on delivery": pay(ing) on delivery | оплат* при получении
				""");
		Files.writeString(folder.resolve("ignored.txt"), "FEAR: everything");
		StudyFixture fixture = new StudyFixture();
		interview(fixture, "A", "A: The courier was late again. I want paying on delivery.");
		interview(fixture, "B", "B: The courier came very late! Pay on delivery, please.");
		interview(fixture, "C", "C: Курьер опоздал на час. Хочу оплату при получении.");

		Lexicon lexicon = Lexicon.empty().withTeamFiles(folder);
		List<ProposedInsight> proposals = InterviewAnalysis.of(fixture.study).lexicon(lexicon).propose(null);

		assertEquals(2, lexicon.size());
		ProposedInsight late = InterviewAnalysisTest.proposal(proposals, InsightKind.REFUSAL_REASON, "courier late");
		assertEquals(List.of("courier was late", "courier came very late", "курьер опоздал"), late.forms());
		ProposedInsight pay = InterviewAnalysisTest.proposal(proposals, InsightKind.NEED, "pay on delivery");
		assertEquals(3, pay.respondents());
	}

	@Test
	void theBuiltInLexiconsComeWithTheBundle() {
		assertTrue(Lexicon.builtIn().size() >= 30, "English and Russian entries");
	}

	@Test
	void aBrokenLineIsNamedWithFileAndLine() throws IOException {
		Files.writeString(folder.resolve("team.lexicon.txt"), "FEAR: afraid\nWORRY: anxious\n");

		LexiconException refused = assertThrows(LexiconException.class, () -> Lexicon.builtIn().withTeamFiles(folder));

		assertEquals("The lexicon " + folder + "/team.lexicon.txt, line 2: unknown kind WORRY; write FEAR, DOUBT, "
				+ "REFUSAL_REASON or NEED", refused.getMessage());
	}

	@Test
	void aMissingFolderAddsNothing() throws LexiconException {
		assertEquals(Lexicon.builtIn().size(), Lexicon.builtIn().withTeamFiles(folder.resolve("none")).size());
	}

	private static void interview(StudyFixture fixture, String respondent, String transcript) {
		Interview interview = CjmFactory.eINSTANCE.createInterview();
		interview.setTitle(respondent);
		interview.setTranscript("Interviewer: Tell me.\n" + transcript);
		fixture.study.getInterviews().add(interview);
	}
}
