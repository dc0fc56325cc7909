package org.cjmstudio.formats.mermaid;

/**
 * Mermaid's task score: its renderer draws the face at height {@code 5 - score} and smiles above 3, so the useful
 * range is the integers 1..5 with 3 neutral. Our valence runs from -3 to +3; -2..+2 map one to one onto 1..5
 * (score = valence + 3) and the extremes -3 and +3 are clamped to 1 and 5, so Mermaid cannot tell -3 from -2.
 */
final class JourneyScore {

	static final int NEUTRAL = 3;

	private JourneyScore() {
	}

	static int ofValence(double valence) {
		long score = Math.round(valence) + NEUTRAL;
		return (int) Math.max(1, Math.min(5, score));
	}
}
