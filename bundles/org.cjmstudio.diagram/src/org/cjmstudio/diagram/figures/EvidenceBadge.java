package org.cjmstudio.diagram.figures;

import org.cjmstudio.model.EvidenceLevel;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * The small badge that says how well a barrier, emotion or persona is backed: "?" for an assumption, "D" for data
 * only, the number of interviews, "+D" when quantitative data backs them too. Coloured from red (assumption) to green
 * (interviews and data), so a team sees at a glance what rests on facts. Figures paint it; the tool tip that explains
 * it is theirs.
 */
public record EvidenceBadge(EvidenceLevel level, int interviews) {

	private static final Color ASSUMPTION = new Color(0xd6, 0x45, 0x3d);
	private static final Color DATA_ONLY = new Color(0x6b, 0x7a, 0x90);
	private static final Color ONE_INTERVIEW = new Color(0xe0, 0x9b, 0x1a);
	private static final Color SEVERAL_INTERVIEWS = new Color(0x5a, 0xa8, 0x4f);
	private static final Color INTERVIEWS_AND_DATA = new Color(0x1f, 0x7a, 0x3d);
	public static final int HEIGHT = 14;
	/** The height of the compact badge an emotion point wears at its face's lower right. */
	public static final int COMPACT_HEIGHT = 11;

	public String text() {
		return switch (level) {
		case ASSUMPTION -> "?";
		case DATA_ONLY -> "D";
		case ONE_INTERVIEW, SEVERAL_INTERVIEWS -> Integer.toString(interviews);
		case INTERVIEWS_AND_DATA -> interviews + "+D";
		};
	}

	public Color color() {
		return switch (level) {
		case ASSUMPTION -> ASSUMPTION;
		case DATA_ONLY -> DATA_ONLY;
		case ONE_INTERVIEW -> ONE_INTERVIEW;
		case SEVERAL_INTERVIEWS -> SEVERAL_INTERVIEWS;
		case INTERVIEWS_AND_DATA -> INTERVIEWS_AND_DATA;
		};
	}

	public Dimension size(Font font) {
		return new Dimension(Math.max(HEIGHT, FigureUtilities.getTextWidth(text(), font) + 8), HEIGHT);
	}

	/** Paints the badge with its bottom right corner at the given point. */
	public void paint(Graphics graphics, int right, int bottom) {
		Font font = graphics.getFont();
		Dimension size = size(font);
		paintPill(graphics, font, new Rectangle(right - size.width, bottom - size.height, size.width, size.height));
	}

	/** The width of the compact badge. */
	public int compactWidth() {
		return Math.max(COMPACT_HEIGHT, FigureUtilities.getTextWidth(text(), DiagramFonts.small()) + 5);
	}

	/**
	 * Paints the compact badge of an emotion point (smaller text, so it stays smaller than the face) with its
	 * bottom right corner at the given point, ringed in white so it stands out on the face.
	 */
	public void paintCompact(Graphics graphics, int right, int bottom) {
		Rectangle pill = new Rectangle(right - compactWidth(), bottom - COMPACT_HEIGHT, compactWidth(), COMPACT_HEIGHT);
		Font previous = graphics.getFont();
		graphics.setFont(DiagramFonts.small());
		paintPill(graphics, DiagramFonts.small(), pill);
		graphics.setForegroundColor(DiagramColors.CARD_BACKGROUND);
		graphics.drawRoundRectangle(pill, COMPACT_HEIGHT, COMPACT_HEIGHT);
		graphics.setFont(previous);
	}

	private void paintPill(Graphics graphics, Font font, Rectangle pill) {
		graphics.setBackgroundColor(color());
		graphics.fillRoundRectangle(pill, pill.height, pill.height);
		graphics.setForegroundColor(DiagramColors.CARD_BACKGROUND);
		Dimension text = FigureUtilities.getTextExtents(text(), font);
		graphics.drawText(text(), pill.x + (pill.width - text.width + 1) / 2, pill.y + (pill.height - text.height) / 2);
	}
}
