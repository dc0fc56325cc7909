package org.cjmstudio.diagram.figures;

/** The sizes the journey grid is laid out with, in pixels at 100 % zoom. */
public final class GridMetrics {

	/** Phase band plus stage name, above the first lane. */
	public static final int HEADER_HEIGHT = 60;
	public static final int PHASE_BAND_HEIGHT = 20;
	public static final int LANE_HEADER_WIDTH = 170;
	public static final int PADDING = 8;
	/** The persona band above the stages, when it holds no persona or one row of them. */
	public static final int PERSONA_BAND_MIN_HEIGHT = 36;
	public static final int CARD_GAP = 6;
	public static final int MIN_LANE_HEIGHT = 52;
	/** Tall enough that the seven valence levels (-3 ... +3) are told apart. */
	public static final int EMOTION_LANE_HEIGHT = 150;
	public static final int EVIDENCE_LANE_HEIGHT = 44;
	public static final int EMOTION_SPACING = 34;
	public static final int MIN_COLUMN_WIDTH = CardFigure.WIDTH + 2 * PADDING;

	private GridMetrics() {
	}
}
