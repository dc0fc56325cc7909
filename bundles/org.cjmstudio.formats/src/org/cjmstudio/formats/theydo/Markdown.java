package org.cjmstudio.formats.theydo;

import java.util.Map;

/** The Markdown {@code description} of a TheyDo record: paragraphs, "**Field:** value" lines and block quotes. */
final class Markdown {

	private final StringBuilder text = new StringBuilder();

	void paragraph(String paragraph) {
		if (TheyDoRecords.present(paragraph)) {
			separate();
			text.append(paragraph.strip());
		}
	}

	void field(String name, String value) {
		if (TheyDoRecords.present(value)) {
			separate();
			text.append("**").append(name).append(":** ").append(value.strip());
		}
	}

	void quote(String quote) {
		if (TheyDoRecords.present(quote)) {
			separate();
			text.append("> ").append(quote.strip().replace("\n", "\n> "));
		}
	}

	void putInto(Map<String, Object> record) {
		if (!text.isEmpty()) {
			record.put("description", text.toString());
		}
	}

	private void separate() {
		if (!text.isEmpty()) {
			text.append("\n\n");
		}
	}
}
