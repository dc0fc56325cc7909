package org.cjmstudio.formats.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.emotions.Feelings;

/**
 * A map as a Mermaid {@code journey} diagram: its title, a {@code section} per stage, a task per step scored by the
 * as-is emotions recorded for it, the personas feeling them as the task's actors.
 * <ul>
 * <li>A step whose personas feel differently gets one task line per score, so no persona's score is averaged away;
 * personas with the same score share a line. Several points of one persona at a step are averaged (rounded half
 * up).</li>
 * <li>An emotion for all personas (none chosen) names every persona of the map.</li>
 * <li>An emotion tied to no step becomes a task of its own, named by its feeling ("Frustrated").</li>
 * <li>Mermaid needs a score on every task: a step without any emotion gets the neutral 3 and no actors.</li>
 * </ul>
 * Everything else (touchpoints, barriers, opportunities, metrics, evidence, to-be emotions, descriptions) is not in
 * the diagram.
 */
final class MermaidJourney {

	private static final String INDENT = "  ";
	private static final String TASK_INDENT = "    ";

	private MermaidJourney() {
	}

	static String of(JourneyMap map) {
		StringBuilder out = new StringBuilder("journey\n");
		String title = MermaidText.title(map.getTitle());
		if (!title.isEmpty()) {
			out.append(INDENT).append("title ").append(title).append('\n');
		}
		int stageNumber = 0;
		for (Stage stage : map.getStages()) {
			stageNumber++;
			out.append(INDENT).append("section ")
					.append(MermaidKeywords.defused(nameOr(MermaidText.name(stage.getName()), "Stage " + stageNumber)))
					.append('\n');
			int stepNumber = 0;
			for (Step step : stage.getSteps()) {
				stepNumber++;
				String task = nameOr(MermaidText.name(step.getName()), "Step " + stepNumber);
				List<Emotion> felt = stage.getEmotions().stream()
						.filter(emotion -> emotion.getStep() == step && isAsIs(emotion)).toList();
				appendTask(out, task, felt, map);
			}
			for (Emotion emotion : stage.getEmotions()) {
				if (emotion.getStep() == null && isAsIs(emotion)) {
					String task = nameOr(MermaidText.name(capitalised(Feelings.adjective(emotion.getFeeling()))),
							"Feeling");
					appendTask(out, task, List.of(emotion), map);
				}
			}
		}
		return out.toString();
	}

	private static void appendTask(StringBuilder out, String task, List<Emotion> felt, JourneyMap map) {
		if (felt.isEmpty()) {
			out.append(TASK_INDENT).append(MermaidKeywords.defused(task)).append(": ").append(JourneyScore.NEUTRAL)
					.append('\n');
			return;
		}
		for (Map.Entry<Integer, TreeSet<String>> line : actorsByScore(felt, map).entrySet()) {
			out.append(TASK_INDENT).append(MermaidKeywords.defused(task)).append(": ").append(line.getKey());
			if (!line.getValue().isEmpty()) {
				out.append(": ").append(String.join(", ", line.getValue()));
			}
			out.append('\n');
		}
	}

	/** Highest score first (the order Mermaid draws faces from the top); actors sorted as Mermaid's legend is. */
	private static TreeMap<Integer, TreeSet<String>> actorsByScore(List<Emotion> felt, JourneyMap map) {
		Map<String, List<Integer>> valencesByActor = new TreeMap<>();
		List<Integer> unnamed = new ArrayList<>();
		for (Emotion emotion : felt) {
			List<String> actors = actorsOf(emotion, map);
			if (actors.isEmpty()) {
				unnamed.add(emotion.getValence());
			}
			for (String actor : actors) {
				valencesByActor.computeIfAbsent(actor, a -> new ArrayList<>()).add(emotion.getValence());
			}
		}
		TreeMap<Integer, TreeSet<String>> byScore = new TreeMap<>((a, b) -> Integer.compare(b, a));
		valencesByActor.forEach((actor, valences) -> byScore
				.computeIfAbsent(JourneyScore.ofValence(mean(valences)), s -> new TreeSet<>()).add(actor));
		if (!unnamed.isEmpty()) {
			byScore.computeIfAbsent(JourneyScore.ofValence(mean(unnamed)), s -> new TreeSet<>());
		}
		return byScore;
	}

	private static List<String> actorsOf(Emotion emotion, JourneyMap map) {
		List<Persona> personas = emotion.getPersona() != null ? List.of(emotion.getPersona()) : map.getPersonas();
		return personas.stream().map(persona -> MermaidText.actor(persona.getName())).filter(s -> !s.isEmpty())
				.toList();
	}

	private static double mean(List<Integer> valences) {
		return valences.stream().mapToInt(Integer::intValue).average().orElse(0);
	}

	private static boolean isAsIs(Emotion emotion) {
		return emotion.getState() != EmotionState.TO_BE;
	}

	private static String nameOr(String name, String fallback) {
		return name.isEmpty() ? fallback : name;
	}

	private static String capitalised(String text) {
		return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
