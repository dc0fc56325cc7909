package org.cjmstudio.research.patterns;

import java.util.List;
import java.util.Locale;

import org.cjmstudio.model.Interview;

/**
 * An interview prepared for the analysis: its respondent's sentences, and who the respondent is. Two interviews
 * with one respondent count as one respondent, so a person repeating herself is never a pattern. Told apart by
 * identity (it is used as a key for every occurrence; hashing all its sentences would make large studies slow).
 */
final class AnalysedInterview {

	private final Interview interview;
	private final String respondent;
	private final List<Sentence> sentences;

	private AnalysedInterview(Interview interview, String respondent, List<Sentence> sentences) {
		this.interview = interview;
		this.respondent = respondent;
		this.sentences = sentences;
	}

	static AnalysedInterview of(Interview interview) {
		return new AnalysedInterview(interview, respondentOf(interview),
				RespondentSentences.of(interview.getTranscript()));
	}

	Interview interview() {
		return interview;
	}

	String respondent() {
		return respondent;
	}

	List<Sentence> sentences() {
		return sentences;
	}

	private static String respondentOf(Interview interview) {
		String name = interview.getRespondentProfile();
		if (name == null || name.isBlank()) {
			name = interview.getTitle();
		}
		if (name == null || name.isBlank()) {
			// Without a name every interview is its own respondent.
			return "interview " + System.identityHashCode(interview);
		}
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
