package org.cjmstudio.research.patterns;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words are compared: lower case, "ё" as "е" (Russian writers use both), typographic apostrophes as plain ones.
 * A word is a run of letters and digits, with inner apostrophes and hyphens ("don't", "онлайн-банк").
 */
final class Words {

	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

	private Words() {
	}

	static String normalise(CharSequence word) {
		return word.toString().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
	}

	/** A phrase as the analysis writes it: its words, normalised, separated by one space. */
	static String normalisePhrase(String phrase) {
		StringBuilder result = new StringBuilder();
		var words = WORD.matcher(phrase);
		while (words.find()) {
			result.append(result.isEmpty() ? "" : " ").append(normalise(words.group()));
		}
		return result.toString();
	}
}
