package org.cjmstudio.formats.theydo;

import java.util.List;
import java.util.Map;

/**
 * Writes the few JSON shapes the TheyDo files need (objects as insertion-ordered maps, lists, strings, numbers),
 * indented, so the same map always gives the same bytes (also the UJG export's JSON-LD). Strings are escaped as RFC 8259 requires.
 */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value instanceof Map<?, ?> object) {
			writeObject(object, out, indent);
		} else if (value instanceof List<?> list) {
			writeList(list, out, indent);
		} else if (value instanceof String text) {
			writeString(text, out);
		} else if (value instanceof Double number) {
			writeNumber(number, out);
		} else if (value instanceof Integer || value instanceof Long) {
			out.append(value);
		} else if (value == null) {
			out.append("null");
		} else {
			throw new IllegalArgumentException("not a JSON value: " + value.getClass());
		}
	}

	private static void writeObject(Map<?, ?> object, StringBuilder out, String indent) {
		if (object.isEmpty()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> entry : object.entrySet()) {
			out.append(inner);
			writeString((String) entry.getKey(), out);
			out.append(": ");
			write(entry.getValue(), out, inner);
			out.append(++i < object.size() ? ",\n" : "\n");
		}
		out.append(indent).append('}');
	}

	private static void writeList(List<?> list, StringBuilder out, String indent) {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		String inner = indent + "  ";
		out.append("[\n");
		for (int i = 0; i < list.size(); i++) {
			out.append(inner);
			write(list.get(i), out, inner);
			out.append(i + 1 < list.size() ? ",\n" : "\n");
		}
		out.append(indent).append(']');
	}

	private static void writeNumber(Double number, StringBuilder out) {
		if (number.isNaN() || number.isInfinite()) {
			throw new IllegalArgumentException("JSON has no " + number);
		}
		if (number == Math.rint(number) && Math.abs(number) < 1e15) {
			out.append(number.longValue());
		} else {
			out.append(number);
		}
	}

	private static void writeString(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
