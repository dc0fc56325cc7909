package org.cjmstudio.model.emotions;

import java.util.EnumMap;
import java.util.Map;

import org.cjmstudio.model.Feeling;

/**
 * What CX teams take each named feeling to mean on the -3 ... +3 valence scale: the valence it usually has (what the
 * editor proposes when a feeling is chosen), the range it plausibly spans (outside it the point is probably
 * mis-entered, such as "neutral at -2"), and how it reads in a sentence ("relieved").
 */
public final class Feelings {

	private record Meaning(int usual, int lowest, int highest, String adjective) {
	}

	private static final Map<Feeling, Meaning> MEANINGS = new EnumMap<>(Feeling.class);

	static {
		define(Feeling.DELIGHT, 3, 2, 3, "delighted");
		define(Feeling.JOY, 2, 1, 3, "joyful");
		define(Feeling.SATISFACTION, 2, 1, 3, "satisfied");
		define(Feeling.TRUST, 2, 1, 3, "trusting");
		define(Feeling.RELIEF, 2, 1, 3, "relieved");
		define(Feeling.INTEREST, 1, 0, 2, "interested");
		define(Feeling.SURPRISE, 1, -1, 2, "surprised");
		define(Feeling.NEUTRAL, 0, -1, 1, "neutral");
		define(Feeling.BOREDOM, -1, -2, 0, "bored");
		define(Feeling.CONFUSION, -1, -3, 0, "confused");
		define(Feeling.DOUBT, -1, -2, 0, "doubtful");
		define(Feeling.ANXIETY, -2, -3, -1, "anxious");
		define(Feeling.IRRITATION, -2, -3, -1, "irritated");
		define(Feeling.FRUSTRATION, -2, -3, -1, "frustrated");
		define(Feeling.DISAPPOINTMENT, -2, -3, -1, "disappointed");
		define(Feeling.ANGER, -3, -3, -2, "angry");
	}

	private Feelings() {
	}

	private static void define(Feeling feeling, int usual, int lowest, int highest, String adjective) {
		MEANINGS.put(feeling, new Meaning(usual, lowest, highest, adjective));
	}

	/** The valence the feeling usually has, e.g. +2 for relief. */
	public static int usualValence(Feeling feeling) {
		return MEANINGS.get(feeling).usual();
	}

	public static int lowestValence(Feeling feeling) {
		return MEANINGS.get(feeling).lowest();
	}

	public static int highestValence(Feeling feeling) {
		return MEANINGS.get(feeling).highest();
	}

	/** Whether {@code valence} is a plausible strength for {@code feeling}. */
	public static boolean fits(Feeling feeling, int valence) {
		Meaning meaning = MEANINGS.get(feeling);
		return valence >= meaning.lowest() && valence <= meaning.highest();
	}

	/** The feeling as a customer would be described: "relieved", "anxious". */
	public static String adjective(Feeling feeling) {
		return MEANINGS.get(feeling).adjective();
	}

	/**
	 * The feeling a new point at {@code valence} starts with, so that it fits from the start (the team renames it
	 * afterwards): delight, joy, interest, neutral, doubt, frustration, anger from +3 down to -3.
	 */
	public static Feeling typicalFor(int valence) {
		return switch (Math.max(-3, Math.min(3, valence))) {
			case 3 -> Feeling.DELIGHT;
			case 2 -> Feeling.JOY;
			case 1 -> Feeling.INTEREST;
			case 0 -> Feeling.NEUTRAL;
			case -1 -> Feeling.DOUBT;
			case -2 -> Feeling.FRUSTRATION;
			default -> Feeling.ANGER;
		};
	}

	/** A valence as the map writes it: "+2", "0", "−2" (with a real minus sign). */
	public static String signed(int valence) {
		return valence > 0 ? "+" + valence : valence < 0 ? "\u2212" + -valence : "0";
	}
}
