package org.cjmstudio.research.patterns;

import org.cjmstudio.model.Interview;

/**
 * The sentence behind a proposal, as it would become a quote: its place in the interview's transcript (UTF-16
 * offset and length, as {@code Quote.transcriptOffset/transcriptLength}) and where the phrase is inside it.
 *
 * @param phraseOffset where the matched words start in the transcript
 * @param phraseLength how long the matched words are
 */
public record ProposedQuote(Interview interview, int offset, int length, String text, int phraseOffset,
		int phraseLength) {
}
