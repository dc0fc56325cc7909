package org.cjmstudio.formats.cjml;

/**
 * A small indenting XML writer for the CJML export: elements, attributes and escaped text, nothing else (CJML has
 * no namespaces, mixed content or DOCTYPE).
 */
final class XmlText {

	private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	private int depth;

	/** Opens {@code name} with the attributes given as name, value, name, value... (null values left out). */
	XmlText open(String name, String... attributes) {
		indent().append('<').append(name);
		attributes(attributes);
		xml.append(">\n");
		depth++;
		return this;
	}

	XmlText close(String name) {
		depth--;
		indent().append("</").append(name).append(">\n");
		return this;
	}

	/** An element holding only text; nothing when the text is null. */
	XmlText leaf(String name, String text) {
		if (text != null) {
			indent().append('<').append(name).append('>').append(escape(text, false)).append("</").append(name)
					.append(">\n");
		}
		return this;
	}

	XmlText empty(String name, String... attributes) {
		indent().append('<').append(name);
		attributes(attributes);
		xml.append("/>\n");
		return this;
	}

	@Override
	public String toString() {
		return xml.toString();
	}

	private void attributes(String... attributes) {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				xml.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
			}
		}
	}

	private StringBuilder indent() {
		return xml.append("  ".repeat(depth));
	}

	private static String escape(String text, boolean attribute) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append(attribute ? "&quot;" : "\"");
			case '\r' -> escaped.append("&#13;");
			case '\n', '\t' -> escaped.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
