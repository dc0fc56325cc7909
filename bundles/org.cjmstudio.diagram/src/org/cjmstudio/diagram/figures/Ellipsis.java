package org.cjmstudio.diagram.figures;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.graphics.Font;

/** Shortens a one-line text with "…" so it fits a width, rather than letting it run into the next column. */
final class Ellipsis {

	private static final String MARK = "…";

	private Ellipsis() {
	}

	static String fit(String text, Font font, int width) {
		if (FigureUtilities.getTextWidth(text, font) <= width) {
			return text;
		}
		int end = text.length();
		while (end > 0 && FigureUtilities.getTextWidth(text.substring(0, end) + MARK, font) > width) {
			end--;
		}
		return text.substring(0, end).stripTrailing() + MARK;
	}
}
