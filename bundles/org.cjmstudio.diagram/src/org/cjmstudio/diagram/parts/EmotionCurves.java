package org.cjmstudio.diagram.parts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.diagram.figures.CurveLegendFigure;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.emotions.EmotionLabels;

/**
 * Which curve an emotion point is on (its persona's, or the "all personas" one; as-is or to-be), the curve's colour
 * (by the persona's place in the map), and the legend that names the curves.
 */
final class EmotionCurves {

	private EmotionCurves() {
	}

	/** What tells one curve from another. */
	private record Key(Persona persona, EmotionState state) {
	}

	static EmotionMarkerFigure.Curve of(Emotion emotion) {
		int index = personaIndex(emotion);
		return new EmotionMarkerFigure.Curve(new Key(index < 0 ? null : emotion.getPersona(), emotion.getState()),
				DiagramColors.persona(index), emotion.getState() == EmotionState.TO_BE);
	}

	/** The legend: one entry per persona with points (in the map's order), then "All personas" if some apply to all. */
	static List<CurveLegendFigure.Entry> legend(JourneyMap map) {
		Set<Persona> withPoints = new LinkedHashSet<>();
		boolean forAll = false;
		for (Stage stage : map.getStages()) {
			for (Emotion emotion : stage.getEmotions()) {
				if (personaIndex(emotion) < 0) {
					forAll = true;
				} else {
					withPoints.add(emotion.getPersona());
				}
			}
		}
		List<CurveLegendFigure.Entry> entries = new ArrayList<>();
		for (int i = 0; i < map.getPersonas().size(); i++) {
			Persona persona = map.getPersonas().get(i);
			if (withPoints.contains(persona)) {
				String name = name(persona);
				entries.add(new CurveLegendFigure.Entry(DiagramColors.persona(i), shortName(name), name));
			}
		}
		if (forAll) {
			entries.add(new CurveLegendFigure.Entry(DiagramColors.ALL_PERSONAS, "All personas", "All personas"));
		}
		return entries;
	}

	static boolean hasToBePoints(JourneyMap map) {
		return map.getStages().stream().flatMap(stage -> stage.getEmotions().stream())
				.anyMatch(emotion -> emotion.getState() == EmotionState.TO_BE);
	}

	/** The point's tool tip: whose curve, which state, the feeling at its step, and why. */
	static String describe(Emotion emotion) {
		String at = emotion.getStep() == null ? "" : " at \"" + emotion.getStep().getName() + "\"";
		String note = emotion.getNote() == null ? "" : "\n" + emotion.getNote();
		return EmotionLabels.persona(emotion) + " \u00b7 " + EmotionLabels.state(emotion.getState()) + "\n"
				+ EmotionLabels.feeling(emotion) + at + note;
	}

	/** "Lena" for "Lena, the careful weekend hiker": the legend beside the lane has little room. */
	static String shortName(String name) {
		int comma = name.indexOf(',');
		return comma > 0 ? name.substring(0, comma) : name;
	}

	private static String name(Persona persona) {
		return persona.getName() == null || persona.getName().isBlank() ? "(unnamed persona)" : persona.getName();
	}

	/** The persona's place in the map, or -1 when the point applies to every persona (or its persona is gone). */
	private static int personaIndex(Emotion emotion) {
		if (emotion.getPersona() == null || !(emotion.eContainer() instanceof Stage stage)
				|| !(stage.eContainer() instanceof JourneyMap map)) {
			return -1;
		}
		return map.getPersonas().indexOf(emotion.getPersona());
	}
}
