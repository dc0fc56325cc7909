package org.cjmstudio.formats.ujg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.formats.theydo.Json;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.cjmstudio.rdf.mapping.ElementIris;

/**
 * A map as a UJG 2026.06 document in compact JSON-LD (format {@code ujg}, one map per file): a {@code Journey}
 * whose states are the map's steps in order (one {@code State} per step, a {@code Transition} from each to the
 * next: UJG orders steps only by transitions), each stage a {@code Phase} with its {@code order}, each step an
 * {@code ExperienceStep} of its phase referring to its state and to the touchpoints that serve it, each touchpoint
 * a {@code Touchpoint} with its channel's name, each barrier a {@code PainPoint} of its step (or of its stage's
 * steps) with its severity as a number from 0 to 1. Elements keep their IRIs (those they were imported with).
 */
public final class UjgExporter implements MapExporter {

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		if (maps.size() != 1) {
			throw new IOException("UJG holds one journey map per document; export " + maps.size() + " maps one by one");
		}
		String json = Json.write(document(maps.get(0)));
		AtomicFileWriter.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
	}

	static Map<String, Object> document(JourneyMap map) {
		String mapIri = iri(map, "urn:cjmstudio:map");
		List<Object> nodes = new ArrayList<>();
		List<String> states = new ArrayList<>();
		List<Object> transitions = new ArrayList<>();
		List<Object> cards = new ArrayList<>();
		int stageNumber = 0;
		for (Stage stage : map.getStages()) {
			stageNumber++;
			String phase = phaseIri(stage, mapIri);
			cards.add(node("Phase", phase, "label", nameOr(stage.getName(), "Stage " + stageNumber), "order",
					stageNumber));
			int stepNumber = 0;
			for (Step step : stage.getSteps()) {
				stepNumber++;
				String stepIri = stepIri(step, mapIri);
				String state = stepIri + "/state";
				String label = nameOr(step.getName(), "Step " + stepNumber);
				if (!states.isEmpty()) {
					transitions.add(node("Transition", mapIri + "/transition/" + states.size(), "from",
							states.get(states.size() - 1), "to", state));
				}
				states.add(state);
				cards.add(node("State", state, "label", label));
				Map<String, Object> experienceStep = node("ExperienceStep", stepIri, "label", label, "stateRefs",
						List.of(state), "phaseRef", phase);
				List<String> touchpoints = touchpointsServing(map, step, mapIri);
				if (!touchpoints.isEmpty()) {
					experienceStep.put("touchpointRefs", touchpoints);
				}
				cards.add(experienceStep);
			}
			int touchpointNumber = 0;
			for (Touchpoint touchpoint : stage.getTouchpoints()) {
				touchpointNumber++;
				Map<String, Object> node = node("Touchpoint", touchpointIri(touchpoint, mapIri), "label",
						nameOr(touchpoint.getName(), "Touchpoint " + touchpointNumber));
				if (touchpoint.getChannel() != null && touchpoint.getChannel().getName() != null) {
					node.put("channel", touchpoint.getChannel().getName());
				}
				cards.add(node);
			}
			int barrierNumber = 0;
			for (Barrier barrier : stage.getBarriers()) {
				barrierNumber++;
				List<String> steps = painPointSteps(barrier, stage, mapIri);
				if (steps.isEmpty()) {
					continue; // a PainPoint must refer to a step: a barrier of a stage without steps has nothing to annotate
				}
				Map<String, Object> node = node("PainPoint", iri(barrier, phase + "/barrier/" + barrierNumber),
						"label", nameOr(barrier.getName(), "Barrier " + barrierNumber));
				if (barrier.getDescription() != null && !barrier.getDescription().isBlank()) {
					node.put("description", barrier.getDescription());
				}
				if (barrier.getSeverity() != null) {
					node.put("severity", PainPointSeverity.of(barrier.getSeverity()));
				}
				node.put("experienceRefs", steps);
				cards.add(node);
			}
		}
		Map<String, Object> journey = node("Journey", mapIri + "/journey", "label", nameOr(map.getTitle(), "Journey"));
		if (!states.isEmpty()) {
			journey.put("startState", states.get(0));
			journey.put("stateRefs", states);
		}
		if (!transitions.isEmpty()) {
			journey.put("transitionRefs", transitions.stream().map(t -> ((Map<?, ?>) t).get("@id")).toList());
		}
		nodes.add(journey);
		nodes.addAll(cards);
		nodes.addAll(transitions);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", Ujg.CONTEXT);
		document.put("@id", mapIri);
		document.put("@type", "UJGDocument");
		document.put("nodes", nodes);
		return document;
	}

	private static List<String> touchpointsServing(JourneyMap map, Step step, String mapIri) {
		List<String> refs = new ArrayList<>();
		for (Stage stage : map.getStages()) {
			for (Touchpoint touchpoint : stage.getTouchpoints()) {
				if (touchpoint.getServes().contains(step)) {
					refs.add(touchpointIri(touchpoint, mapIri));
				}
			}
		}
		return refs;
	}

	private static List<String> painPointSteps(Barrier barrier, Stage stage, String mapIri) {
		if (barrier.getStep() != null) {
			return List.of(stepIri(barrier.getStep(), mapIri));
		}
		return stage.getSteps().stream().map(step -> stepIri(step, mapIri)).toList();
	}

	private static String phaseIri(Stage stage, String mapIri) {
		return iri(stage, mapIri + "/stage/" + (((JourneyMap) stage.eContainer()).getStages().indexOf(stage) + 1));
	}

	private static String stepIri(Step step, String mapIri) {
		Stage stage = (Stage) step.eContainer();
		return iri(step, phaseIri(stage, mapIri) + "/step/" + (stage.getSteps().indexOf(step) + 1));
	}

	private static String touchpointIri(Touchpoint touchpoint, String mapIri) {
		Stage stage = (Stage) touchpoint.eContainer();
		return iri(touchpoint, phaseIri(stage, mapIri) + "/touchpoint/" + (stage.getTouchpoints().indexOf(touchpoint) + 1));
	}

	/**
	 * The IRI the element is published under (the one it was imported with, else its id's), or one by its place in
	 * the map for an element not yet given an id.
	 */
	private static String iri(Identifiable element, String byPlace) {
		return element.getId() == null && !ElementIris.isAbsoluteIri(element.getIri()) ? byPlace
				: ElementIris.published(element).getURI();
	}

	private static Map<String, Object> node(String type, String id, Object... properties) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		node.put("@id", id);
		for (int i = 0; i + 1 < properties.length; i += 2) {
			node.put((String) properties[i], properties[i + 1]);
		}
		return node;
	}

	private static String nameOr(String name, String fallback) {
		return name == null || name.isBlank() ? fallback : name;
	}
}
