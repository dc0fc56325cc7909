package org.cjmstudio.research.transcripts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 defines them: fields separated by commas (or semicolons, which
 * spreadsheets in many locales write; the header row decides), records by CRLF or LF, a field in double quotes may
 * hold commas, line breaks and doubled quotes ({@code ""}). Each record remembers the line it starts on, so errors
 * can name it.
 */
final class CsvRecords {

	/** A record and the line (1 is the first) it starts on. */
	record Row(int line, List<String> fields) {
	}

	/** A syntax error: the line it is on and what is wrong. */
	static final class CsvSyntaxError extends Exception {

		private static final long serialVersionUID = 1L;

		final int line;

		CsvSyntaxError(int line, String reason) {
			super(reason, null, false, false);
			this.line = line;
		}
	}

	private CsvRecords() {
	}

	static List<Row> parse(String text) throws CsvSyntaxError {
		char separator = separatorOf(text);
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int rowLine = 1;
		int i = 0;
		boolean fieldStarted = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.isEmpty() && !fieldStarted) {
				int quoteLine = line;
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new CsvSyntaxError(quoteLine,
								"a quoted field is never closed (a \" is missing, so the rest of the file would be one field)");
					}
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (q == '\n') {
						line++;
					}
					field.append(q);
					i++;
				}
				fieldStarted = true;
				if (i < text.length() && text.charAt(i) != separator && text.charAt(i) != '\r'
						&& text.charAt(i) != '\n') {
					throw new CsvSyntaxError(line, "text after a closing quote: a \" inside a quoted field must be doubled (\"\")");
				}
				continue;
			}
			if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
				i++;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				i++;
				fields.add(field.toString());
				addUnlessBlank(rows, new Row(rowLine, fields));
				fields = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
				line++;
				rowLine = line;
			} else {
				if (c == '"') {
					throw new CsvSyntaxError(line,
							"a \" inside a field that does not start with one; put the whole field in quotes and double the \"");
				}
				field.append(c);
				fieldStarted = true;
				i++;
			}
		}
		if (fieldStarted || !fields.isEmpty()) {
			fields.add(field.toString());
			addUnlessBlank(rows, new Row(rowLine, fields));
		}
		return rows;
	}

	/** Spreadsheets write an empty line as one empty field; it is no record. */
	private static void addUnlessBlank(List<Row> rows, Row row) {
		if (!(row.fields().size() == 1 && row.fields().get(0).isBlank())) {
			rows.add(row);
		}
	}

	private static char separatorOf(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
	}
}
