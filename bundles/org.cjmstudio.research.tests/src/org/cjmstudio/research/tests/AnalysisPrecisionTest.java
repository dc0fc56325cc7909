package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How good the proposals are, measured against the patterns a human analyst accepts in the test studies
 * (transcripts/expected-patterns.txt). A proposal is right when a label has its kind and phrase; the figures are
 * printed for the README and held above a floor, so a change that makes the analysis noisier fails here.
 */
class AnalysisPrecisionTest {

	private static final double PRECISION_FLOOR = 0.5;
	private static final double RECALL_FLOOR = 0.9;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void proposalsAreMostlyWhatAnAnalystAccepts(String language) {
		StudyFixture fixture = TestStudies.imported(language);
		LabelledPatterns labels = LabelledPatterns.of(language);

		List<ProposedInsight> proposals = InterviewAnalysis.of(fixture.study).propose(null);

		StringBuilder report = new StringBuilder();
		for (boolean lexicon : new boolean[] { true, false }) {
			List<ProposedInsight> part = proposals.stream()
					.filter(p -> (p.kind() != InsightKind.REPEATED_WORDING) == lexicon).toList();
			long right = part.stream().filter(p -> labels.labelOf(p) != null).count();
			long labelled = labels.labels().stream().filter(l -> (l.kind() != InsightKind.REPEATED_WORDING) == lexicon)
					.count();
			long found = labels.labels().stream().filter(l -> (l.kind() != InsightKind.REPEATED_WORDING) == lexicon)
					.filter(l -> part.stream().anyMatch(l::matches)).count();
			report.append(String.format(Locale.ROOT, "%s %-18s proposals %3d, right %3d, precision %.2f, recall %.2f (%d of %d)%n",
					language, lexicon ? "fear/doubt/refusal" : "repeated wording", part.size(), right,
					part.isEmpty() ? 0 : right / (double) part.size(), found / (double) labelled, found, labelled));
		}
		long right = proposals.stream().filter(p -> labels.labelOf(p) != null).count();
		long found = labels.labels().stream().filter(l -> proposals.stream().anyMatch(l::matches)).count();
		double precision = right / (double) proposals.size();
		double recall = found / (double) labels.labels().size();
		report.append(String.format(Locale.ROOT, "%s %-18s proposals %3d, right %3d, precision %.2f, recall %.2f%n",
				language, "all", proposals.size(), right, precision, recall));
		LabelledPatterns planted = labels.planted();
		long plantedRight = proposals.stream().filter(p -> planted.labelOf(p) != null).count();
		double plantedPrecision = plantedRight / (double) proposals.size();
		report.append(String.format(Locale.ROOT, "%s %-18s proposals %3d, right %3d, precision %.2f%n", language,
				"planted only", proposals.size(), plantedRight, plantedPrecision));
		for (ProposedInsight p : proposals) {
			report.append(labels.labelOf(p) == null ? "  - " : "  + ").append(p.kind()).append(" \"").append(p.phrase())
					.append("\" x").append(p.count()).append(' ').append(respondents(p.interviews())).append('\n');
		}
		System.out.println(report);

		assertTrue(precision >= PRECISION_FLOOR, "precision " + precision + "\n" + report);
		assertTrue(plantedPrecision >= PRECISION_FLOOR, "precision on planted patterns " + plantedPrecision + "\n" + report);
		assertTrue(recall >= RECALL_FLOOR, "recall " + recall + "\n" + report);
	}

	private static Set<String> respondents(List<Interview> interviews) {
		return interviews.stream().map(Interview::getTitle).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}
}
