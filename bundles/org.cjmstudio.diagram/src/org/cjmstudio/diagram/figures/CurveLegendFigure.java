package org.cjmstudio.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The key to the emotion curves, beside the emotion lane: a line in each persona's colour with the persona's name,
 * and, when the map has to-be points, how as-is (solid) and to-be (dashed) curves are told apart. The whole names are
 * in its tool tip.
 */
public class CurveLegendFigure extends Figure {

	private static final int SAMPLE = 16;

	/** One persona's curves: the colour, the short name shown, the full name for the tool tip. */
	public record Entry(Color color, String name, String fullName) {
	}

	private List<Entry> entries = List.of();
	private boolean showsStates;

	public void setEntries(List<Entry> entries, boolean showsStates) {
		this.entries = List.copyOf(entries);
		this.showsStates = showsStates;
		setToolTip(entries.isEmpty() ? null : new Label(String.join("\n", entries.stream()
				.map(Entry::fullName).toList()) + (showsStates ? "\n\nSolid: as-is today. Dashed: to-be target." : "")));
		repaint();
	}

	public List<Entry> getEntries() {
		return entries;
	}

	public boolean showsStates() {
		return showsStates;
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		paintInto(graphics, getBounds());
	}

	/** Paints the legend into {@code bounds}: in place, and in the frozen lane header while the map scrolls. */
	public void paintInto(Graphics graphics, Rectangle bounds) {
		int lineHeight = FigureUtilities.getFontMetrics(graphics.getFont()).getHeight();
		int y = bounds.y;
		graphics.setAntialias(SWT.ON);
		for (Entry entry : entries) {
			if (y + lineHeight > bounds.bottom() - (showsStates ? lineHeight : 0)) {
				break;
			}
			graphics.setForegroundColor(entry.color());
			graphics.setLineWidth(3);
			graphics.drawLine(bounds.x, y + lineHeight / 2, bounds.x + SAMPLE, y + lineHeight / 2);
			graphics.setLineWidth(1);
			graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
			graphics.drawText(Ellipsis.fit(entry.name(), graphics.getFont(), bounds.width - SAMPLE - 4),
					bounds.x + SAMPLE + 4, y);
			y += lineHeight;
		}
		if (showsStates && y + lineHeight <= bounds.bottom()) {
			graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
			graphics.setLineWidth(2);
			graphics.drawLine(bounds.x, y + lineHeight / 2, bounds.x + 10, y + lineHeight / 2);
			graphics.drawText("as-is", bounds.x + 13, y);
			int toBe = bounds.x + 13 + FigureUtilities.getTextWidth("as-is", graphics.getFont()) + 10;
			graphics.setLineStyle(SWT.LINE_DASH);
			graphics.drawLine(toBe, y + lineHeight / 2, toBe + 12, y + lineHeight / 2);
			graphics.setLineStyle(SWT.LINE_SOLID);
			graphics.setLineWidth(1);
			graphics.drawText("to-be", toBe + 15, y);
		}
	}
}
