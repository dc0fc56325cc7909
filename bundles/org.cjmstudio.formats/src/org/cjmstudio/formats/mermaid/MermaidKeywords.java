package org.cjmstudio.formats.mermaid;

import java.util.regex.Pattern;

/**
 * Mermaid's journey lexer tries its keyword rules before names and ignores letter case, so a step called "Journey
 * planning", "Title check" or "Section 3" would be read as a keyword (the diagram breaks or the step becomes a
 * section). An invisible zero-width space after the keyword keeps the rule from matching and renders the same.
 * "%%" anywhere in a line starts a comment, so it becomes a single "%".
 */
final class MermaidKeywords {

	static final String ZERO_WIDTH_SPACE = "\u200b";
	private static final Pattern KEYWORD = Pattern.compile("^(journey|title(?=\\s)|section(?=\\s)|accdescr(?=\\s*\\{))",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern COMMENT_MARK = Pattern.compile("%{2,}");

	private MermaidKeywords() {
	}

	static String defused(String name) {
		String noComment = COMMENT_MARK.matcher(name).replaceAll("%");
		if (!KEYWORD.matcher(noComment).find()) {
			return noComment;
		}
		return ZERO_WIDTH_SPACE + noComment;
	}
}
