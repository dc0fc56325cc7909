package org.cjmstudio.diagram.figures;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * The speech bubble on a card the team is discussing: the number of its open comment threads. Resolved threads do not
 * count, so a card without open questions shows none. Figures paint it at their bottom left, where the evidence badge
 * (bottom right) and the warning triangle (top right) never are.
 */
public record CommentBadge(int openThreads) {

	private static final Color BUBBLE = new Color(0x7b, 0x4f, 0xc9);
	public static final int HEIGHT = EvidenceBadge.HEIGHT;
	private static final int TAIL = 4;

	public String text() {
		return Integer.toString(openThreads);
	}

	public Color color() {
		return BUBBLE;
	}

	public Dimension size(Font font) {
		return new Dimension(Math.max(HEIGHT + 4, FigureUtilities.getTextWidth(text(), font) + 10), HEIGHT);
	}

	/** Paints the bubble with its bottom left corner (the tail's tip) at the given point. */
	public void paint(Graphics graphics, int left, int bottom) {
		Font font = graphics.getFont();
		Dimension size = size(font);
		Rectangle bubble = new Rectangle(left, bottom - size.height, size.width, size.height - 2);
		graphics.setBackgroundColor(BUBBLE);
		graphics.fillRoundRectangle(bubble, 6, 6);
		PointList tail = new PointList(new int[] { bubble.x + 3, bubble.bottom() - 1, bubble.x + 3 + TAIL,
				bubble.bottom() - 1, bubble.x + 2, bottom });
		graphics.fillPolygon(tail);
		graphics.setForegroundColor(DiagramColors.CARD_BACKGROUND);
		Dimension text = FigureUtilities.getTextExtents(text(), font);
		graphics.drawText(text(), bubble.x + (bubble.width - text.width + 1) / 2,
				bubble.y + (bubble.height - text.height) / 2);
	}
}
