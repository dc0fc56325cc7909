package org.cjmstudio.formats.mermaid;

import java.util.regex.Pattern;

/**
 * Makes names fit Mermaid's journey grammar (mermaid-js journey.jison): a title ends at {@code #}, {@code ;} or a line
 * break; a section or task name also at {@code :}; an actor list is split at {@code ,}. Such characters would cut the
 * name or start a comment, so they become spaces, and runs of spaces one space.
 */
final class MermaidText {

	private static final Pattern TITLE_BREAKERS = Pattern.compile("[#;\\r\\n\\u0085\\u2028\\u2029]");
	private static final Pattern NAME_BREAKERS = Pattern.compile("[#;:\\r\\n\\u0085\\u2028\\u2029]");
	private static final Pattern ACTOR_BREAKERS = Pattern.compile("[#;:,\\r\\n\\u0085\\u2028\\u2029]");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	/** Mermaid's comment marker at the start of a statement. */
	private static final Pattern LEADING_PERCENTS = Pattern.compile("^%+\\s*");

	private MermaidText() {
	}

	static String title(String text) {
		return clean(text, TITLE_BREAKERS);
	}

	static String name(String text) {
		return clean(text, NAME_BREAKERS);
	}

	static String actor(String text) {
		return clean(text, ACTOR_BREAKERS);
	}

	private static String clean(String text, Pattern breakers) {
		if (text == null) {
			return "";
		}
		String spaced = SPACES.matcher(breakers.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
		return LEADING_PERCENTS.matcher(spaced).replaceFirst("");
	}
}
