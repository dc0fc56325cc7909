package org.cjmstudio.model.emotions;

import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Persona;

/** How an emotion point is named in trees, tool tips and messages: "relieved (+2)", with whose and which curve. */
public final class EmotionLabels {

	private EmotionLabels() {
	}

	/** The feeling and its strength: "relieved (+2)". */
	public static String feeling(Emotion emotion) {
		return Feelings.adjective(emotion.getFeeling()) + " (" + Feelings.signed(emotion.getValence()) + ")";
	}

	/** The persona's name, or "all personas" for a point that applies to every persona of the map. */
	public static String persona(Emotion emotion) {
		Persona persona = emotion.getPersona();
		if (persona == null) {
			return "all personas";
		}
		return persona.getName() == null || persona.getName().isBlank() ? "(unnamed persona)" : persona.getName();
	}

	/** "as-is" or "to-be". */
	public static String state(EmotionState state) {
		return state == EmotionState.TO_BE ? "to-be" : "as-is";
	}

	/** Everything that tells two points of a step apart: "relieved (+2) · Lena · to-be". */
	public static String full(Emotion emotion) {
		return feeling(emotion) + " \u00b7 " + persona(emotion) + " \u00b7 " + state(emotion.getState());
	}
}
