package org.cjmstudio.diagram.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Writes one standalone SVG 1.1 document as it is drawn, element by element, so even a large map never sits in
 * memory as a second copy. Clip paths, gradients and embedded images are written once, where first used, and
 * referred to by id after that. Write failures surface as {@link UncheckedIOException} because draw2d's drawing
 * methods cannot throw; {@link DiagramImages} turns them back into {@link IOException}s.
 */
final class SvgDocument {

	static final String NAMESPACE = "http://www.w3.org/2000/svg";
	private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

	private final Writer out;
	private final Map<Box, String> clipIds = new HashMap<>();
	private final Map<Image, String> imageUris = new IdentityHashMap<>();
	private int nextId;
	private boolean finished;

	SvgDocument(Writer out, int width, int height, String title) {
		this.out = out;
		write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
		element("svg").attribute("xmlns", NAMESPACE).attribute("xmlns:xlink", XLINK_NAMESPACE)
				.attribute("version", "1.1").attribute("width", width).attribute("height", height)
				.attribute("viewBox", "0 0 " + width + " " + height).open();
		if (title != null && !title.isBlank()) {
			element("title").endWithText(title);
		}
	}

	Element element(String name) {
		if (finished) {
			throw new IllegalStateException("The SVG document is already finished; nothing can be drawn after.");
		}
		return new Element(name);
	}

	void close(String name) {
		write("</" + name + ">\n");
	}

	/** The id of a clip path for {@code clip}, written the first time this rectangle clips something. */
	String clipId(Box clip) {
		String id = clipIds.get(clip);
		if (id == null) {
			id = "cjm-clip-" + ++nextId;
			clipIds.put(clip, id);
			write("<defs>");
			element("clipPath").attribute("id", id).open();
			element("rect").attribute("x", clip.x()).attribute("y", clip.y()).attribute("width", clip.width())
					.attribute("height", clip.height()).end();
			write("</clipPath></defs>\n");
		}
		return id;
	}

	/** Writes a two-colour linear gradient over {@code area} (top to bottom or left to right); returns its id. */
	String linearGradient(Box area, boolean vertical, String fromColor, String toColor) {
		String id = "cjm-gradient-" + ++nextId;
		write("<defs>");
		element("linearGradient").attribute("id", id).attribute("gradientUnits", "userSpaceOnUse")
				.attribute("x1", area.x()).attribute("y1", area.y())
				.attribute("x2", vertical ? area.x() : area.right()).attribute("y2", vertical ? area.bottom() : area.y())
				.open();
		element("stop").attribute("offset", 0).attribute("stop-color", fromColor).end();
		element("stop").attribute("offset", 1).attribute("stop-color", toColor).end();
		write("</linearGradient></defs>\n");
		return id;
	}

	/** The image as a PNG data URI; encoded once per image however often it is drawn. */
	String imageUri(Image image) {
		return imageUris.computeIfAbsent(image, key -> {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { key.getImageData() };
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			loader.save(png, SWT.IMAGE_PNG);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		});
	}

	void finish() {
		if (!finished) {
			close("svg");
			finished = true;
			try {
				out.flush();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private void write(String text) {
		try {
			out.write(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String color(Color color) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
	}

	/** Integers as integers, everything else to a hundredth of a pixel: precise enough, and short. */
	static String number(double value) {
		long hundredths = Math.round(value * 100);
		if (hundredths % 100 == 0) {
			return Long.toString(hundredths / 100);
		}
		String text = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
		return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
	}

	/** Escapes markup and drops the characters XML 1.0 cannot hold at all (control characters, lone surrogates). */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> {
					if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xd7ff)
							|| (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	/** One element being written: attributes first, then it is ended empty, with text, or opened for children. */
	final class Element {

		private final String name;

		private Element(String name) {
			this.name = name;
			write("<" + name);
		}

		Element attribute(String attribute, String value) {
			write(" " + attribute + "=\"" + escape(value) + "\"");
			return this;
		}

		Element attribute(String attribute, double value) {
			return attribute(attribute, number(value));
		}

		void end() {
			write("/>\n");
		}

		void endWithText(String text) {
			write(">" + escape(text) + "</" + name + ">\n");
		}

		/** Ends the start tag; the caller writes the children and then {@link SvgDocument#close} with the name. */
		void open() {
			write(">\n");
		}
	}
}
