package org.cjmstudio.diagram.export;

import java.time.LocalDate;
import java.util.List;

import org.cjmstudio.diagram.figures.CurveLegendFigure;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/**
 * The band above an exported map that tells a reader what they hold: the map's title, the personas whose emotion
 * curves it shows (in their curves' colours, with how as-is and to-be lines differ), and the day it was exported.
 * Holds a bold font: {@link #dispose()} it.
 */
final class ExportHeader {

	static final int HEIGHT = 64;
	private static final int MARGIN = 12;
	private static final int SAMPLE = 18;

	private final String title;
	private final List<CurveLegendFigure.Entry> personas;
	private final boolean showsStates;
	private final LocalDate date;
	private final Font titleFont;

	ExportHeader(Display display, Font baseFont, String title, List<CurveLegendFigure.Entry> personas,
			boolean showsStates, LocalDate date) {
		this.title = title == null || title.isBlank() ? "Journey map" : title;
		this.personas = List.copyOf(personas);
		this.showsStates = showsStates;
		this.date = date;
		FontData data = baseFont.getFontData()[0];
		titleFont = new Font(display, data.getName(), data.getHeight() + 5, SWT.BOLD);
	}

	/** Paints the band across {@code width}, its top at 0. */
	void paint(Graphics graphics, int width, Font font) {
		graphics.setBackgroundColor(DiagramColors.LANE_BACKGROUND_ALTERNATE);
		graphics.fillRectangle(0, 0, width, HEIGHT);
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.drawLine(0, HEIGHT - 1, width, HEIGHT - 1);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		graphics.setFont(titleFont);
		graphics.drawText(title, MARGIN, 8);
		graphics.setFont(font);
		int lineY = HEIGHT - 8 - FigureUtilities.getFontMetrics(font).getHeight();
		String exported = "Exported " + date;
		graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		graphics.drawText(exported, width - MARGIN - FigureUtilities.getTextWidth(exported, font), lineY);
		int x = MARGIN;
		if (!personas.isEmpty()) {
			graphics.drawText("Personas:", x, lineY);
			x += FigureUtilities.getTextWidth("Personas:", font) + 8;
		}
		graphics.setAntialias(SWT.ON);
		for (CurveLegendFigure.Entry persona : personas) {
			graphics.setForegroundColor(persona.color());
			graphics.setLineWidth(3);
			int middle = lineY + FigureUtilities.getFontMetrics(font).getHeight() / 2;
			graphics.drawLine(x, middle, x + SAMPLE, middle);
			graphics.setLineWidth(1);
			graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
			graphics.drawText(persona.fullName(), x + SAMPLE + 4, lineY);
			x += SAMPLE + 4 + FigureUtilities.getTextWidth(persona.fullName(), font) + 16;
		}
		if (showsStates) {
			graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
			graphics.drawText("solid: as-is today, dashed: to-be target", x, lineY);
		}
	}

	void dispose() {
		titleFont.dispose();
	}
}
