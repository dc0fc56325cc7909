package org.cjmstudio.diagram.figures;

import org.cjmstudio.model.Phase;
import org.cjmstudio.model.Severity;
import org.eclipse.swt.graphics.Color;

/** The map's palette. SWT colours made without a device need no disposal, so these can be shared constants. */
public final class DiagramColors {

	public static final Color GRID_LINE = new Color(0xd0, 0xd5, 0xdd);
	public static final Color LANE_BACKGROUND = new Color(0xfa, 0xfb, 0xfc);
	public static final Color LANE_BACKGROUND_ALTERNATE = new Color(0xf2, 0xf4, 0xf7);
	public static final Color HEADER_TEXT = new Color(0x1f, 0x2d, 0x3d);
	public static final Color SECONDARY_TEXT = new Color(0x5a, 0x67, 0x78);
	public static final Color CARD_BACKGROUND = new Color(0xff, 0xff, 0xff);
	public static final Color CARD_BORDER = new Color(0xb8, 0xc0, 0xcc);
	public static final Color WARNING = new Color(0xf5, 0xa6, 0x23);
	public static final Color ZERO_LINE = new Color(0x9a, 0xa5, 0xb4);
	/** The outline of cards related to the selected one. */
	public static final Color RELATED = new Color(0x1c, 0x7e, 0xd6);
	/** Relation lines that do not touch the selected card: faint, so a full map stays readable. */
	public static final Color RELATION_LINE = new Color(0x9d, 0xb4, 0xcc);

	public static final Color STEP = new Color(0x4a, 0x90, 0xd9);
	public static final Color TOUCHPOINT_ONLINE = new Color(0x7b, 0x61, 0xff);
	public static final Color TOUCHPOINT_OFFLINE = new Color(0x8d, 0x6e, 0x63);
	public static final Color OPPORTUNITY = new Color(0x2e, 0xa0, 0x5a);
	public static final Color METRIC = new Color(0x00, 0x8b, 0x9a);

	private static final Color SEVERITY_LOW = new Color(0xf3, 0xd2, 0x6b);
	private static final Color SEVERITY_MEDIUM = new Color(0xf0, 0x9a, 0x3e);
	private static final Color SEVERITY_HIGH = new Color(0xe0, 0x5a, 0x47);
	private static final Color SEVERITY_CRITICAL = new Color(0xa8, 0x1e, 0x2c);

	private static final Color BEFORE_PURCHASE = new Color(0xdc, 0xe9, 0xf8);
	private static final Color DURING_PURCHASE = new Color(0xdf, 0xf2, 0xe3);
	private static final Color AFTER_PURCHASE = new Color(0xf6, 0xe8, 0xd5);

	/** The curve of points that apply to every persona of the map. */
	public static final Color ALL_PERSONAS = new Color(0x4a, 0x55, 0x68);
	/** One colour per persona, in the map's order (UXPressia shows up to five personas); then they repeat. */
	private static final Color[] PERSONAS = { new Color(0x2b, 0x6c, 0xb0), new Color(0x80, 0x5a, 0xd5),
			new Color(0x2c, 0x7a, 0x7b), new Color(0xdd, 0x6b, 0x20), new Color(0xb8, 0x32, 0x80),
			new Color(0x6b, 0x6b, 0x00) };

	private DiagramColors() {
	}

	/** The colour of the persona at {@code index} in the map's list of personas; -1 for "all personas". */
	public static Color persona(int index) {
		return index < 0 ? ALL_PERSONAS : PERSONAS[index % PERSONAS.length];
	}

	/** {@code color} mixed with white: {@code share} 0 keeps it, 1 gives white. */
	public static Color lighter(Color color, double share) {
		return blend(new int[] { color.getRed(), color.getGreen(), color.getBlue() }, new int[] { 0xff, 0xff, 0xff },
				share);
	}

	public static Color severity(Severity severity) {
		return switch (severity) {
			case LOW -> SEVERITY_LOW;
			case MEDIUM -> SEVERITY_MEDIUM;
			case HIGH -> SEVERITY_HIGH;
			case CRITICAL -> SEVERITY_CRITICAL;
		};
	}

	public static Color phase(Phase phase) {
		return switch (phase) {
			case BEFORE_PURCHASE -> BEFORE_PURCHASE;
			case DURING_PURCHASE -> DURING_PURCHASE;
			case AFTER_PURCHASE -> AFTER_PURCHASE;
		};
	}

	/** Red for -3 through grey at 0 to green for +3. */
	public static Color valence(int valence) {
		int clamped = Math.max(-3, Math.min(3, valence));
		if (clamped < 0) {
			return blend(new int[] { 0xd9, 0xdd, 0xe3 }, new int[] { 0xe0, 0x4b, 0x3c }, -clamped / 3.0);
		}
		return blend(new int[] { 0xd9, 0xdd, 0xe3 }, new int[] { 0x3c, 0xb3, 0x71 }, clamped / 3.0);
	}

	private static Color blend(int[] from, int[] to, double share) {
		return new Color((int) (from[0] + (to[0] - from[0]) * share), (int) (from[1] + (to[1] - from[1]) * share),
				(int) (from[2] + (to[2] - from[2]) * share));
	}
}
