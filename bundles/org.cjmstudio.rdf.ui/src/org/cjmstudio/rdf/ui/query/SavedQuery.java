package org.cjmstudio.rdf.ui.query;

/**
 * A query shipped with CJM Studio in {@code queries/}. Its name is the file's first comment up to the colon:
 * {@code # Barriers without evidence: ...}.
 */
public record SavedQuery(String fileName, String name, String text) {

	static SavedQuery of(String fileName, String text) {
		String firstLine = text.lines().findFirst().orElse("");
		String name = fileName.replaceFirst("\\.rq$", "");
		if (firstLine.startsWith("#")) {
			String comment = firstLine.substring(1).trim();
			int colon = comment.indexOf(':');
			name = colon > 0 ? comment.substring(0, colon) : comment;
		}
		return new SavedQuery(fileName, name, text);
	}
}
