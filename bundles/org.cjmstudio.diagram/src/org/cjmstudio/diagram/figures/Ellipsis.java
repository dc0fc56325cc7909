package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.graphics.Font;

/** Shortens a one-line text with "…" so it fits a width, rather than letting it run into the next column. */
final class Ellipsis {

	private static final String MARK = "…";

	private Ellipsis() {
	}

	/**
	 * Breaks a list of the form "a · b · c" into lines that fit {@code width}, breaking only between its parts; the
	 * last of at most {@code maxLines} lines is shortened if the parts still do not fit.
	 */
	static List<String> wrapParts(String text, Font font, int width, int maxLines) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String part : text.split(" \u00b7 ")) {
			String longer = line.isEmpty() ? part : line + " \u00b7 " + part;
			if (line.isEmpty() || FigureUtilities.getTextWidth(longer, font) <= width) {
				line = longer;
			} else {
				lines.add(line);
				line = part;
			}
		}
		lines.add(line);
		if (lines.size() > maxLines) {
			List<String> shown = new ArrayList<>(lines.subList(0, maxLines));
			shown.set(maxLines - 1, fit(String.join(" \u00b7 ", lines.subList(maxLines - 1, lines.size())), font,
					width));
			return shown;
		}
		lines.replaceAll(each -> fit(each, font, width));
		return lines;
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
