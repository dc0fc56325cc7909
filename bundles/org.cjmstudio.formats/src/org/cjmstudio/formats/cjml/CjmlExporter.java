package org.cjmstudio.formats.cjml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;

/**
 * The maps as one CJML 2.0 document (format {@code cjml}): per map a {@code plannedJourney} of its planned
 * touchpoints and an {@code actualJourney} per persona who was observed (its touchpoints with a compliance), each
 * referring to the planned one. Stages are the phases, personas the end users, departments the service providers;
 * a touchpoint with a department is a communication point from the end user to that provider, one without an
 * action of the end user. An observed touchpoint's as-is emotion of its persona is its experience.
 */
public final class CjmlExporter implements MapExporter {

	static final String GENERIC_END_USER = "End user";

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		XmlText xml = new XmlText().open("CJML", "version", "2.0");
		Ids ids = new Ids();
		for (JourneyMap map : maps) {
			new MapJourneys(map, ids).write(xml);
		}
		String text = xml.close("CJML").toString();
		AtomicFileWriter.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Journey and actor ids, unique in the document: its readers keep one actor registry for all journeys. */
	private static final class Ids {
		int planned;
		int actual;
		int endUsers;
		int providers;
	}

	private static final class MapJourneys {
		private final JourneyMap map;
		private final Ids ids;
		private final Map<Persona, String> endUsers = new LinkedHashMap<>();
		private final Map<String, String> providers = new LinkedHashMap<>();
		private final Map<Touchpoint, List<Emotion>> experiences = new LinkedHashMap<>();
		private String genericEndUser;

		MapJourneys(JourneyMap map, Ids ids) {
			this.map = map;
			this.ids = ids;
			for (Stage stage : map.getStages()) {
				for (Emotion emotion : stage.getEmotions()) {
					if (emotion.getTouchpoint() != null && emotion.getState() == EmotionState.AS_IS) {
						experiences.computeIfAbsent(emotion.getTouchpoint(), t -> new ArrayList<>()).add(emotion);
					}
				}
			}
		}

		void write(XmlText xml) {
			List<Touchpoint> planned = new ArrayList<>();
			Map<Persona, List<Touchpoint>> observed = new LinkedHashMap<>();
			List<Touchpoint> observedByNobody = new ArrayList<>();
			for (Stage stage : map.getStages()) {
				for (Touchpoint touchpoint : stage.getTouchpoints()) {
					if (touchpoint.getCompliance() == Compliance.PLANNED) {
						planned.add(touchpoint);
					} else if (touchpoint.getObservedBy() == null) {
						observedByNobody.add(touchpoint);
					} else {
						observed.computeIfAbsent(touchpoint.getObservedBy(), p -> new ArrayList<>()).add(touchpoint);
					}
				}
			}
			// every persona is an end user of the planned journey; its touchpoints are the first unobserved one's
			Persona initiator = map.getPersonas().stream().filter(p -> !observed.containsKey(p)).findFirst()
					.orElse(map.getPersonas().isEmpty() ? null : map.getPersonas().get(0));
			String plannedId = "PJ" + ++ids.planned;
			xml.open("plannedJourney").leaf("journeyID", plannedId).leaf("journeyTitle", map.getTitle());
			phases(xml);
			xml.leaf("journeyShortSummary", blankToNull(map.getDescription()));
			journey(xml, true, map.getPersonas(), initiator, planned);
			xml.close("plannedJourney");
			observed.forEach((persona, touchpoints) -> actual(xml, plannedId, List.of(persona), touchpoints));
			if (!observedByNobody.isEmpty()) {
				actual(xml, plannedId, List.of(), observedByNobody);
			}
		}

		private void actual(XmlText xml, String plannedId, List<Persona> users, List<Touchpoint> touchpoints) {
			xml.open("actualJourney").leaf("journeyID", "AJ" + ++ids.actual).leaf("plannedReference", plannedId);
			phases(xml);
			journey(xml, false, users, users.isEmpty() ? null : users.get(0), touchpoints);
			xml.close("actualJourney");
		}

		private void phases(XmlText xml) {
			xml.open("journeyPhases");
			int number = 0;
			for (Stage stage : map.getStages()) {
				xml.open("journeyPhase", "phaseID", "P" + ++number).leaf("phaseName", stage.getName())
						.leaf("phaseDescription", blankToNull(stage.getDescription())).close("journeyPhase");
			}
			xml.close("journeyPhases");
		}

		private void journey(XmlText xml, boolean planned, List<Persona> users, Persona initiator,
				List<Touchpoint> touchpoints) {
			users.forEach(this::endUser);
			String user = initiator == null ? genericEndUser() : endUser(initiator);
			xml.open("actors");
			if (users.isEmpty()) {
				xml.open("endUser", "actorID", user).leaf("actorName", GENERIC_END_USER).close("endUser");
			}
			for (Persona persona : users) {
				xml.open("endUser", "actorID", endUser(persona)).leaf("actorName", persona.getName()).close("endUser");
			}
			touchpoints.stream().map(Touchpoint::getDepartment).filter(Objects::nonNull).distinct()
					.forEach(department -> xml.open("serviceProvider", "actorID", provider(department))
							.leaf("companyName", department).close("serviceProvider"));
			xml.close("actors").open("touchpoints");
			int number = 0;
			for (Touchpoint touchpoint : touchpoints) {
				point(xml, planned, touchpoint, ++number, user);
			}
			xml.close("touchpoints");
		}

		private void point(XmlText xml, boolean planned, Touchpoint touchpoint, int number, String user) {
			boolean communication = touchpoint.getDepartment() != null;
			String tag = (planned ? "planned" : "actual") + (communication ? "CommunicationPoint" : "Action");
			xml.open(tag).leaf("touchpointID", (!planned && touchpoint.isDeviation() ? "D" : "T") + number);
			xml.empty("belongsTo", "phaseIDref", "P" + (map.getStages().indexOf(touchpoint.eContainer()) + 1));
			if (!planned) {
				xml.leaf("compliance", touchpoint.getCompliance().name().replace("_", "").toLowerCase(Locale.ROOT));
			}
			xml.open("initiator").empty("refersTo", "actorIDref", user).leaf("initiatorLabel", touchpoint.getName())
					.close("initiator");
			if (communication) {
				xml.open("receiver").empty("refersTo", "actorIDref", provider(touchpoint.getDepartment()))
						.close("receiver");
			}
			if (touchpoint.getChannel() != null && touchpoint.getChannel().getName() != null) {
				xml.open("channel").leaf("channelName", touchpoint.getChannel().getName()).close("channel");
			}
			xml.leaf("comment", blankToNull(touchpoint.getDescription()));
			Emotion experience = planned ? null : experienceOf(touchpoint);
			if (experience != null) {
				xml.open("touchpointExperience").leaf("experienceDescription", blankToNull(experience.getNote()))
						.leaf("experienceRating", String.valueOf(ExperienceRating.ofValence(experience.getValence())))
						.close("touchpointExperience");
			}
			xml.close(tag);
		}

		/** The observing persona's as-is emotion at the touchpoint (or one for every persona); the first if several. */
		private Emotion experienceOf(Touchpoint touchpoint) {
			return experiences.getOrDefault(touchpoint, List.of()).stream()
					.filter(e -> e.getPersona() == null || e.getPersona() == touchpoint.getObservedBy()).findFirst()
					.orElse(null);
		}

		private String endUser(Persona persona) {
			return endUsers.computeIfAbsent(persona, p -> "EU" + ++ids.endUsers);
		}

		private String genericEndUser() {
			if (genericEndUser == null) {
				genericEndUser = "EU" + ++ids.endUsers;
			}
			return genericEndUser;
		}

		private String provider(String department) {
			return providers.computeIfAbsent(department, d -> "SP" + ++ids.providers);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
