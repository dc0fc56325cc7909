package org.cjmstudio.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The small warning triangle a card shows when validation flags it, e.g. a barrier that cites no evidence. Cards
 * paint it themselves; this class only knows how it looks and what its tool tip says.
 */
final class WarningMarker {

	static final int SIZE = 14;

	private WarningMarker() {
	}

	static void paint(Graphics graphics, Rectangle cardBounds) {
		int right = cardBounds.right() - 4;
		int top = cardBounds.y + 4;
		PointList triangle = new PointList(new int[] { right - SIZE / 2, top, right, top + SIZE, right - SIZE,
				top + SIZE });
		graphics.setBackgroundColor(DiagramColors.WARNING);
		graphics.fillPolygon(triangle);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		graphics.drawPolygon(triangle);
		graphics.drawLine(right - SIZE / 2, top + 4, right - SIZE / 2, top + SIZE - 5);
		graphics.drawPoint(right - SIZE / 2, top + SIZE - 3);
	}

	/** A smaller triangle in the top right corner of an emotion point's face. */
	static void paintSmall(Graphics graphics, Rectangle faceBounds) {
		int size = 9;
		int right = faceBounds.right() - 1;
		int top = faceBounds.y;
		PointList triangle = new PointList(new int[] { right - size / 2, top, right, top + size, right - size,
				top + size });
		graphics.setBackgroundColor(DiagramColors.WARNING);
		graphics.fillPolygon(triangle);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		graphics.drawPolygon(triangle);
	}

	static Label toolTip(List<String> messages) {
		return messages.isEmpty() ? null : new Label(String.join("\n", messages));
	}
}
