package org.cjmstudio.formats.cjml;

import java.util.OptionalInt;

/**
 * CJML's {@code experienceRating}: 1 (very dissatisfied) to 5 (very satisfied), as CJMLExcel maps its answers. Our
 * valence runs from -3 to +3: ratings 1..5 become -2..+2 (valence = rating - 3), and on the way back -3 and +3 are
 * clamped to 1 and 5, so CJML cannot tell -3 from -2.
 */
final class ExperienceRating {

	private ExperienceRating() {
	}

	static OptionalInt valenceOf(String rating) {
		try {
			int value = Integer.parseInt(rating.strip());
			return value >= 1 && value <= 5 ? OptionalInt.of(value - 3) : OptionalInt.empty();
		} catch (NumberFormatException notANumber) {
			return OptionalInt.empty();
		}
	}

	static int ofValence(int valence) {
		return Math.max(1, Math.min(5, valence + 3));
	}
}
