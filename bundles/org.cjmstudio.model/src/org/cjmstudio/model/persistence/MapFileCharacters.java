package org.cjmstudio.model.persistence;

import java.util.stream.Collectors;

/**
 * The characters a {@code .cjm} file can hold. It is XML 1.0, which has no way to write most control characters
 * (U+0001) or the non-characters U+FFFE and U+FFFF, not even escaped; text from elsewhere (an RDF file, a pasted
 * transcript) may hold them, so it is cleaned where it enters a map instead of failing later at the save.
 */
public final class MapFileCharacters {

	private MapFileCharacters() {
	}

	/** The XML 1.0 {@code Char} production. */
	public static boolean canHold(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
				|| codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD
				|| codePoint >= 0x10000 && codePoint <= 0x10FFFF;
	}

	public static boolean canHold(String text) {
		return text.codePoints().allMatch(MapFileCharacters::canHold);
	}

	/** {@code text} without the characters a map file cannot hold. */
	public static String clean(String text) {
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints().filter(MapFileCharacters::canHold).forEach(cleaned::appendCodePoint);
		return cleaned.toString();
	}

	/** The characters of {@code text} a map file cannot hold, as a user reads them: "U+0001, U+FFFE". */
	public static String forbiddenIn(String text) {
		return text.codePoints().filter(codePoint -> !canHold(codePoint)).distinct()
				.mapToObj(codePoint -> String.format("U+%04X", codePoint)).collect(Collectors.joining(", "));
	}
}
