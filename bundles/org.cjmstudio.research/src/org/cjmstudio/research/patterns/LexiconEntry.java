package org.cjmstudio.research.patterns;

import java.util.List;
import java.util.regex.Pattern;

import org.cjmstudio.model.InsightKind;

/**
 * One line of a lexicon: a kind of pattern, its name, and the wordings that express it. A wording is a sequence of
 * word patterns, each matched against one normalised word; {@code null} stands for a gap of up to two words.
 *
 * @param source where the line comes from, for messages: "en.txt, line 12"
 */
record LexiconEntry(InsightKind kind, String name, List<List<Pattern>> wordings, String source) {

	/** Words that turn a fear or a reason into its opposite when said just before it. */
	static final List<String> NEGATIONS = List.of("not", "never", "no", "hardly", "не", "ни", "никогда",
			"нисколько", "ничуть");

	static boolean isNegation(String word) {
		return NEGATIONS.contains(word) || word.endsWith("n't");
	}
}
