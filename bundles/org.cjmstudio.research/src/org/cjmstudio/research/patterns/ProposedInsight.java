package org.cjmstudio.research.patterns;

import java.util.List;

import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;

/**
 * A pattern the analysis found, for the analyst to accept or reject.
 *
 * @param kind repeated wording, fear, doubt or reason for refusal
 * @param phrase the pattern as shown and as remembered when dismissed: a repeated phrase in normalised form
 *            ("delivery fee"), or the name of a lexicon entry ("afraid", "не уверен")
 * @param count how often it was said, in all interviews
 * @param interviews the interviews whose respondents said it (at least two respondents), in the study's order
 * @param quotes the sentences it was said in, one per sentence
 * @param forms the different wordings found, normalised (for a lexicon entry: "боюсь", "боялась")
 */
public record ProposedInsight(InsightKind kind, String phrase, int count, List<Interview> interviews,
		List<ProposedQuote> quotes, List<String> forms) {

	public ProposedInsight {
		interviews = List.copyOf(interviews);
		quotes = List.copyOf(quotes);
		forms = List.copyOf(forms);
	}

	/** How many respondents said it. */
	public int respondents() {
		return interviews.size();
	}
}
