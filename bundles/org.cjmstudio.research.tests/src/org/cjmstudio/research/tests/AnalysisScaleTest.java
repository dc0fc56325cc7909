package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Interview;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.junit.jupiter.api.Test;

/**
 * A large study stays quick enough to analyse in a job while the analyst waits: 40 interviews of about an hour each
 * (60 000 characters), built from the sentences of the test transcripts in random order.
 */
class AnalysisScaleTest {

	@Test
	void fortyHourLongInterviewsAreAnalysedInSeconds() {
		StudyFixture english = TestStudies.imported("en");
		List<String> lines = new ArrayList<>();
		for (Interview interview : english.study.getInterviews()) {
			for (String line : interview.getTranscript().split("\n")) {
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
		}
		StudyFixture large = new StudyFixture();
		Random random = new Random(9);
		for (int i = 0; i < 40; i++) {
			StringBuilder transcript = new StringBuilder();
			while (transcript.length() < 60_000) {
				Collections.shuffle(lines, random);
				lines.forEach(line -> transcript.append(line).append('\n'));
			}
			Interview interview = CjmFactory.eINSTANCE.createInterview();
			interview.setTitle("Respondent " + i);
			interview.setTranscript(transcript.toString());
			large.study.getInterviews().add(interview);
		}

		long start = System.nanoTime();
		List<ProposedInsight> proposals = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> InterviewAnalysis.of(large.study).propose(null));
		System.out.printf("AnalysisScaleTest: 40 interviews of 60 000 characters analysed in %d ms, %d proposals%n",
				(System.nanoTime() - start) / 1_000_000, proposals.size());
		assertFalse(proposals.isEmpty());
	}
}
