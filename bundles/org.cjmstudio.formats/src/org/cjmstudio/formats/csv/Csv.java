package org.cjmstudio.formats.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, quoted with {@code "} when they hold a comma, quote or line break (a
 * quote inside doubled), records ended by CRLF. The reader also takes LF line ends (spreadsheets on Linux and macOS
 * write them) and refuses what RFC 4180 does not allow, with the line it happened on.
 */
final class Csv {

	/** A record and the line of the file it starts on (1-based, counting line breaks inside quoted fields). */
	record Row(int line, List<String> fields) {
	}

	/** Input that is not RFC 4180; the message names the line and the reason. */
	static final class DamagedException extends Exception {
		private static final long serialVersionUID = 1L;

		DamagedException(int line, String reason) {
			super("line " + line + ": " + reason);
		}
	}

	private Csv() {
	}

	static String field(String text) {
		if (text == null) {
			return "";
		}
		return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	static String row(List<String> fields) {
		return String.join(",", fields.stream().map(Csv::field).toList()) + "\r\n";
	}

	static List<Row> read(String text) throws DamagedException {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int rowLine = 1;
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		boolean quoted = false;
		boolean afterQuote = false;
		boolean rowStarted = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
						afterQuote = true;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
				rowStarted = true;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
					throw new DamagedException(line, "a carriage return without a line feed");
				}
				if (c == '\r') {
					i++;
				}
				fields.add(field.toString());
				rows.add(new Row(rowLine, List.copyOf(fields)));
				fields.clear();
				field.setLength(0);
				afterQuote = false;
				rowStarted = false;
				line++;
				rowLine = line;
			} else if (afterQuote) {
				throw new DamagedException(line, "text after a closing quote (a quote inside a field must be doubled)");
			} else if (c == '"') {
				if (field.length() > 0) {
					throw new DamagedException(line, "a quote inside an unquoted field (quote the whole field)");
				}
				quoted = true;
				rowStarted = true;
			} else {
				field.append(c);
				rowStarted = true;
			}
			i++;
		}
		if (quoted) {
			throw new DamagedException(rowLine, "a quoted field that never ends (a closing quote is missing)");
		}
		if (rowStarted || afterQuote) {
			fields.add(field.toString());
			rows.add(new Row(rowLine, List.copyOf(fields)));
		}
		return rows;
	}
}
