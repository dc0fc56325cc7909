package org.cjmstudio.formats.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Feeling;

/**
 * An emotion has no name of its own; in the CSV it is named by its feeling and valence, "Frustration -2", so a
 * spreadsheet user sees both and the import can read them back.
 */
final class EmotionNames {

	private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_ ]+?)\\s+([+-]?[0-3])\\s*");

	/** A feeling and valence read from a name. */
	record FeelingAndValence(Feeling feeling, int valence) {
	}

	private EmotionNames() {
	}

	static String of(Emotion emotion) {
		String feeling = emotion.getFeeling().getName().replace('_', ' ').toLowerCase(Locale.ROOT);
		int valence = emotion.getValence();
		return Character.toUpperCase(feeling.charAt(0)) + feeling.substring(1) + " "
				+ (valence > 0 ? "+" + valence : Integer.toString(valence));
	}

	static Optional<FeelingAndValence> read(String name) {
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String literal = matcher.group(1).strip().replace(' ', '_').toUpperCase(Locale.ROOT);
		for (Feeling feeling : Feeling.values()) {
			if (feeling.getName().equals(literal)) {
				return Optional.of(new FeelingAndValence(feeling, Integer.parseInt(matcher.group(2))));
			}
		}
		return Optional.empty();
	}
}
