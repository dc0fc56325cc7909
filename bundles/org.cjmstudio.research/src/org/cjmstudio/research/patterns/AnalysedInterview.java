package org.cjmstudio.research.patterns;

import java.util.List;
import java.util.Locale;

import org.cjmstudio.model.Interview;

/**
 * An interview prepared for the analysis: its respondent's sentences, and who the respondent is. Two interviews
 * with one respondent count as one respondent, so a person repeating herself is never a pattern.
 */
record AnalysedInterview(Interview interview, String respondent, List<Sentence> sentences) {

	static AnalysedInterview of(Interview interview) {
		return new AnalysedInterview(interview, respondentOf(interview),
				RespondentSentences.of(interview.getTranscript()));
	}

	private static String respondentOf(Interview interview) {
		String name = interview.getRespondentProfile();
		if (name == null || name.isBlank()) {
			name = interview.getTitle();
		}
		if (name == null || name.isBlank()) {
			return "interview " + System.identityHashCode(interview);
		}
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
