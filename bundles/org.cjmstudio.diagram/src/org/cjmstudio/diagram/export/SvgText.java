package org.cjmstudio.diagram.export;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;

/**
 * Measures text the way SWT draws it on screen, and says how a font reads as SVG. SVG places text by its baseline
 * where SWT (and draw2d) place it by its top, so every text needs the font's ascent; and the width on screen lets
 * the SVG keep a line exactly as long as the editor showed it, whatever font the viewer substitutes. Holds a GC:
 * {@link #dispose()} it.
 */
final class SvgText {

	private static final double POINTS_PER_INCH = 72;

	private final Device device;
	private final Image scratch;
	private final GC gc;

	SvgText(Device device) {
		this.device = device;
		scratch = new Image(device, 1, 1);
		try {
			gc = new GC(scratch);
		} catch (RuntimeException e) {
			scratch.dispose();
			throw e;
		}
	}

	FontMetrics metrics(Font font) {
		gc.setFont(font);
		return gc.getFontMetrics();
	}

	/** Width of one line as {@code GC.drawString} draws it. */
	int width(String line, Font font) {
		gc.setFont(font);
		return gc.stringExtent(line).x;
	}

	/** Size of a text as {@code GC.drawText} draws it with {@code flags} (line breaks, tabs, mnemonics). */
	org.eclipse.swt.graphics.Point extent(String text, Font font, int flags) {
		gc.setFont(font);
		return gc.textExtent(text, flags);
	}

	/** font-family, font-size (pixels, at {@code scale}), font-weight and font-style of {@code font}. */
	void fontAttributes(SvgDocument.Element element, Font font, double scale) {
		FontData data = font.getFontData()[0];
		String family = data.getName().replace("'", "").replace("\"", "");
		element.attribute("font-family", "'" + family + "', sans-serif");
		element.attribute("font-size", data.getHeight() * device.getDPI().y / POINTS_PER_INCH * scale);
		if ((data.getStyle() & SWT.BOLD) != 0) {
			element.attribute("font-weight", "bold");
		}
		if ((data.getStyle() & SWT.ITALIC) != 0) {
			element.attribute("font-style", "italic");
		}
	}

	/** Tabs as spaces up to the next multiple of eight characters, as SWT's tab stops fall for most texts. */
	static String expandTabs(String line) {
		if (line.indexOf('\t') < 0) {
			return line;
		}
		StringBuilder expanded = new StringBuilder();
		for (char c : line.toCharArray()) {
			if (c == '\t') {
				expanded.append(" ".repeat(8 - expanded.length() % 8));
			} else {
				expanded.append(c);
			}
		}
		return expanded.toString();
	}

	void dispose() {
		gc.dispose();
		scratch.dispose();
	}
}
