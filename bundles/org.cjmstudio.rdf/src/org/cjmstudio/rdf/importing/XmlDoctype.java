package org.cjmstudio.rdf.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Whether an XML file declares a DOCTYPE. Jena's RDF/XML reader turns DTD support on (for character entities) and
 * resolves an external entity it cannot fetch to nothing, so a title made of {@code &secret;} silently vanishes or,
 * worse, pulls in a local file. No RDF/XML a journey map needs has a DOCTYPE, so the import refuses it. XML allows a
 * DOCTYPE only in the prolog (after the XML declaration, comments and processing instructions), so the head of the
 * file is enough to tell.
 */
final class XmlDoctype {

	private static final int PROLOG_LIMIT = 64 * 1024;

	private XmlDoctype() {
	}

	/** Looks at the head of {@code in} and puts it back: the caller reads the same bytes afterwards. */
	static boolean declared(BufferedInputStream in) throws IOException {
		in.mark(PROLOG_LIMIT);
		byte[] head = in.readNBytes(PROLOG_LIMIT);
		in.reset();
		return declared(decode(head));
	}

	static boolean declared(String text) {
		int at = text.startsWith("\uFEFF") ? 1 : 0;
		while (at < text.length()) {
			if (Character.isWhitespace(text.charAt(at))) {
				at++;
			} else if (text.startsWith("<?", at)) {
				at = after(text, "?>", at);
			} else if (text.startsWith("<!--", at)) {
				at = after(text, "-->", at);
			} else {
				return text.startsWith("<!DOCTYPE", at);
			}
		}
		return false;
	}

	private static int after(String text, String end, int from) {
		int found = text.indexOf(end, from);
		return found < 0 ? text.length() : found + end.length();
	}

	/** The prolog is ASCII in every encoding but UTF-16, which announces itself with its byte order mark. */
	private static String decode(byte[] head) {
		boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
				|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
		Charset charset = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1;
		return new String(head, charset);
	}
}
