package org.cjmstudio.formats.cjml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.cjmstudio.formats.cjml.CjmlDocument.Actor;
import org.cjmstudio.formats.cjml.CjmlDocument.Journey;
import org.cjmstudio.formats.cjml.CjmlDocument.JourneyPhase;
import org.cjmstudio.formats.cjml.CjmlDocument.Point;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.emotions.Feelings;
import org.cjmstudio.model.formats.ImportedMaps;

/**
 * Makes maps of a CJML document: a map per planned journey, which the actual journeys that refer to it
 * ({@code plannedReference}) join as observed touchpoints; an actual journey that refers to no planned journey of
 * the file is a map of its own. Phases become stages (an actual journey's phase with a planned phase's id is that
 * stage), end users personas, service providers the touchpoints' department, an experience an as-is emotion of the
 * observing persona at the touchpoint. References that do not resolve are reported, never fatal; what no CJM Studio
 * element holds is reported as left out, once per kind and journey.
 */
final class CjmlMaps {

	static final String NO_PHASE = "No phase";

	private static final CjmFactory CJM = CjmFactory.eINSTANCE;

	private final List<String> leftOut = new ArrayList<>();
	private final List<String> findings = new ArrayList<>();
	private final Map<String, Actor> actors = new LinkedHashMap<>();

	/** A map being made, with what its journeys' references resolve to. */
	private static final class Target {
		final JourneyMap map = CJM.createJourneyMap();
		final Map<String, Stage> stagesByPhase = new LinkedHashMap<>();
		final Map<String, Persona> personasByActor = new LinkedHashMap<>();
		Stage noPhase;
	}

	/** What one journey could not keep, by kind, in the order met. */
	private final Map<String, List<String>> lost = new LinkedHashMap<>();

	static ImportedMaps of(CjmlDocument document) {
		return new CjmlMaps().build(document);
	}

	private ImportedMaps build(CjmlDocument document) {
		leftOut.addAll(document.ignored());
		findings.addAll(document.notes());
		for (Journey journey : document.journeys()) {
			for (Actor actor : journey.actors()) {
				Actor known = actors.get(actor.id());
				// the web editor refers back to an actor declared in an earlier journey: keep the declaration's names
				if (actor.id() != null && (known == null || known.name() == null && known.company() == null)) {
					actors.put(actor.id(), actor);
				}
			}
		}
		List<Target> targets = new ArrayList<>();
		Map<String, Target> planned = new LinkedHashMap<>();
		for (Journey journey : document.journeys()) {
			if (journey.planned()) {
				Target target = new Target();
				targets.add(target);
				if (journey.id() != null && planned.putIfAbsent(journey.id(), target) != null) {
					findings.add(journey.name() + ": a second planned journey with this id; actual journeys that "
							+ "refer to it join the first");
				}
				add(target, journey);
			}
		}
		for (Journey journey : document.journeys()) {
			if (!journey.planned()) {
				Target target = journey.plannedReference() == null ? null : planned.get(journey.plannedReference());
				if (target == null) {
					target = new Target();
					targets.add(target);
					findings.add(journey.name() + (journey.plannedReference() == null ? " refers to no planned journey"
							: " refers to the planned journey '" + journey.plannedReference()
									+ "', which the file does not have")
							+ ": it is a map of its own");
				}
				add(target, journey);
			}
		}
		List<JourneyMap> maps = new ArrayList<>();
		for (Target target : targets) {
			if (target.noPhase != null) {
				target.map.getStages().move(target.map.getStages().size() - 1, target.noPhase);
			}
			maps.add(target.map);
		}
		return new ImportedMaps(maps, leftOut, findings);
	}

	private void add(Target target, Journey journey) {
		lost.clear();
		JourneyMap map = target.map;
		if (map.getTitle() == null) {
			map.setTitle(journey.title() != null ? journey.title() : journey.name());
			map.setDescription(journey.summary());
		} else if (journey.title() != null || journey.summary() != null) {
			note("journeyTitle, journeyShortSummary", "the map is its planned journey's", journey.name());
		}
		journey.unkept().forEach(what -> note(what, "no map element holds it", journey.name()));
		for (JourneyPhase phase : journey.phases()) {
			stage(target, phase);
		}
		Persona user = null;
		for (Actor actor : journey.actors()) {
			Actor declared = actor.id() == null ? actor : actors.getOrDefault(actor.id(), actor);
			if (declared.endUser()) {
				Persona persona = persona(target, declared);
				user = user == null ? persona : user;
			} else if (actor.providerType()) {
				note("providerType", "a department has no icon", declared.displayName());
			}
		}
		if (!journey.planned() && user == null) {
			findings.add(journey.name() + " names no end user: its touchpoints are observed by no persona");
		}
		int number = 0;
		for (Point point : journey.points()) {
			number++;
			addPoint(target, journey, point, point.id() != null ? point.id() : "touchpoint " + number, user);
		}
		// "receiverLabel of T1, T2 (why)": cjm import prefixes each line with "not imported:"
		lost.forEach((whatAndWhy, ids) -> {
			int why = whatAndWhy.indexOf(" (");
			leftOut.add(journey.name() + ": " + whatAndWhy.substring(0, why) + " of " + String.join(", ", ids)
					+ whatAndWhy.substring(why));
		});
	}

	private void addPoint(Target target, Journey journey, Point point, String id, Persona journeyUser) {
		Touchpoint touchpoint = CJM.createTouchpoint();
		touchpoint.setName(point.initiatorLabel() != null ? point.initiatorLabel()
				: point.receiverLabel() != null ? point.receiverLabel() : id);
		touchpoint.setDescription(point.comment());
		if (point.initiatorLabel() != null && point.receiverLabel() != null) {
			note("receiverLabel", "a touchpoint has one name: the initiator's label", id);
		}
		if (point.channel() != null) {
			touchpoint.setChannel(CjmlChannels.named(target.map, point.channel()));
		}
		Actor initiator = actor(journey, id, "initiator", point.initiatorRef());
		Actor receiver = actor(journey, id, "receiver", point.receiverRef());
		Actor provider = initiator != null && !initiator.endUser() ? initiator
				: receiver != null && !receiver.endUser() ? receiver : null;
		if (provider != null) {
			touchpoint.setDepartment(provider.displayName());
		}
		if (initiator != null && !initiator.endUser()) {
			note("direction", "initiated by a service provider; exported back as the end user's", id);
		}
		Actor endUser = initiator != null && initiator.endUser() ? initiator
				: receiver != null && receiver.endUser() ? receiver : null;
		Persona persona = endUser != null ? persona(target, endUser) : journeyUser;
		stageOf(target, journey, point, id).getTouchpoints().add(touchpoint);
		if (journey.planned()) {
			if (point.deviation()) {
				findings.add(journey.name() + ": " + id + " is marked a deviation, which only an actual journey has: "
						+ "imported as planned");
			}
			if (point.compliance() != null) {
				note("compliance", "a planned touchpoint has none", id);
			}
		} else {
			touchpoint.setCompliance(compliance(journey, id, point.compliance()));
			touchpoint.setDeviation(point.deviation());
			touchpoint.setObservedBy(persona);
		}
		point.unkept().forEach(what -> note(what, "a map holds no " + what, id));
		experience(journey, point, id, touchpoint, persona);
	}

	private void experience(Journey journey, Point point, String id, Touchpoint touchpoint, Persona persona) {
		if (point.experienceRating() == null && point.experienceDescription() == null) {
			return;
		}
		OptionalInt valence = point.experienceRating() == null ? OptionalInt.empty()
				: ExperienceRating.valenceOf(point.experienceRating());
		if (point.experienceRating() != null && valence.isEmpty()) {
			leftOut.add(journey.name() + ": " + id + ": experienceRating '" + point.experienceRating()
					+ "' is not a whole number from 1 to 5");
			if (point.experienceDescription() == null) {
				return;
			}
		}
		if (valence.isEmpty()) {
			findings.add(journey.name() + ": " + id + ": an experience without a rating: recorded as neutral (0)");
		}
		Emotion emotion = CJM.createEmotion();
		emotion.setValence(valence.orElse(0));
		emotion.setFeeling(Feelings.typicalFor(valence.orElse(0)));
		emotion.setState(EmotionState.AS_IS);
		emotion.setNote(point.experienceDescription());
		emotion.setTouchpoint(touchpoint);
		emotion.setPersona(persona);
		((Stage) touchpoint.eContainer()).getEmotions().add(emotion);
	}

	private Compliance compliance(Journey journey, String id, String value) {
		if (value == null) {
			return Compliance.COMPLETED;
		}
		switch (value.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "")) {
		case "completed":
			return Compliance.COMPLETED;
		case "missing":
			return Compliance.MISSING;
		case "failing":
			return Compliance.FAILING;
		case "adhoc":
			return Compliance.AD_HOC;
		default:
			leftOut.add(journey.name() + ": " + id + ": compliance '" + value
					+ "' is none of completed, missing, failing, adhoc: imported as completed");
			return Compliance.COMPLETED;
		}
	}

	private Stage stage(Target target, JourneyPhase phase) {
		String key = phase.id() != null ? phase.id() : phase.name();
		Stage known = key == null ? null : target.stagesByPhase.get(key);
		if (known != null) {
			return known;
		}
		Stage stage = CJM.createStage();
		stage.setName(phase.name() != null ? phase.name()
				: phase.id() != null ? phase.id() : "Phase " + (target.map.getStages().size() + 1));
		stage.setDescription(phase.description());
		target.map.getStages().add(stage);
		if (key != null) {
			target.stagesByPhase.put(key, stage);
		}
		return stage;
	}

	private Stage stageOf(Target target, Journey journey, Point point, String id) {
		if (point.phaseRef() != null) {
			Stage stage = target.stagesByPhase.get(point.phaseRef());
			if (stage != null) {
				return stage;
			}
			leftOut.add(journey.name() + ": " + id + " belongs to the phase '" + point.phaseRef()
					+ "', which no journey of the map has: placed in the stage '" + NO_PHASE + "'");
		} else {
			findings.add(journey.name() + ": " + id + " belongs to no phase: placed in the stage '" + NO_PHASE + "'");
		}
		if (target.noPhase == null) {
			target.noPhase = CJM.createStage();
			target.noPhase.setName(NO_PHASE);
			target.map.getStages().add(target.noPhase);
		}
		return target.noPhase;
	}

	private Persona persona(Target target, Actor actor) {
		String key = actor.id() != null ? actor.id() : actor.displayName();
		return target.personasByActor.computeIfAbsent(key, k -> {
			Persona persona = CJM.createPersona();
			persona.setName(actor.displayName());
			target.map.getPersonas().add(persona);
			return persona;
		});
	}

	/**
	 * The actor a reference names: by {@code actorID}, else (as CJML's own example needs) by an actor's name or
	 * company name, told as a finding; a reference to no actor is reported and the touchpoint kept without it.
	 */
	private Actor actor(Journey journey, String id, String role, String ref) {
		if (ref == null) {
			return null;
		}
		Actor byId = actors.get(ref);
		if (byId != null) {
			return byId;
		}
		for (Actor actor : actors.values()) {
			if (ref.equalsIgnoreCase(actor.name()) || ref.equalsIgnoreCase(actor.company())) {
				findings.add(journey.name() + ": " + id + ": the " + role + " '" + ref + "' is no actorID; taken to be "
						+ "the actor '" + actor.id() + "', who is named so");
				return actor;
			}
		}
		leftOut.add(journey.name() + ": " + id + ": the " + role + " '" + ref + "' is no actor of the file: the "
				+ "touchpoint is imported without it");
		return null;
	}

	private void note(String what, String why, String id) {
		lost.computeIfAbsent(what + " (" + why + ")", k -> new ArrayList<>()).add(id);
	}
}
