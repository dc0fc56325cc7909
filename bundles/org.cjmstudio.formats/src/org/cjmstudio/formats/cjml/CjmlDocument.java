package org.cjmstudio.formats.cjml;

import static org.cjmstudio.formats.cjml.SafeXml.attribute;
import static org.cjmstudio.formats.cjml.SafeXml.child;
import static org.cjmstudio.formats.cjml.SafeXml.children;
import static org.cjmstudio.formats.cjml.SafeXml.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.formats.ImportRefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A CJML 2.0 document as its writers (the CJML web editor, CJMLExcel) write it, read into plain records: the
 * element and attribute names are those of the published format (journey-formats notes), values trimmed. What the
 * records leave out is what no CJM Studio element holds; {@link Journey#unkept} and {@link Point#unkept} name it so
 * the import can say so.
 */
record CjmlDocument(List<Journey> journeys, List<String> ignored, List<String> notes) {

	/** The end-user element is named after the user's type in newer CJMLExcel files. */
	static final Set<String> END_USER_ELEMENTS = Set.of("endUser", "customer", "user", "employee", "patient",
			"citizen");

	record Journey(boolean planned, String id, String title, String plannedReference, String summary,
			List<JourneyPhase> phases, List<Actor> actors, List<Point> points, List<String> unkept) {

		String name() {
			return id != null ? id : title != null ? title : planned ? "planned journey" : "actual journey";
		}
	}

	record JourneyPhase(String id, String name, String description) {
	}

	/** An actor as declared ({@code actorID}) or as referred back to ({@code actorIDref}, by the web editor). */
	record Actor(String id, boolean endUser, String name, String company, boolean providerType) {

		String displayName() {
			if (endUser) {
				return name != null ? name : company != null ? company : id;
			}
			return company != null ? company : name != null ? name : id;
		}
	}

	/** A communication point or an action. */
	record Point(boolean communication, String id, String phaseRef, String compliance, String initiatorRef,
			String initiatorLabel, String receiverRef, String receiverLabel, String channel, String comment,
			String experienceDescription, String experienceRating, List<String> unkept) {

		boolean deviation() {
			return id != null && id.startsWith("D");
		}
	}

	static CjmlDocument read(Path file) throws IOException {
		Document document = SafeXml.read(file, "a CJML document");
		Element root = document.getDocumentElement();
		if (!root.getTagName().equals("CJML")) {
			throw refused(file, "the root element is <" + root.getTagName() + ">, not <CJML version=\"2.0\">");
		}
		String version = attribute(root, "version");
		if (version != null && !version.equals("2.0")) {
			throw refused(file, "CJML version \"" + version + "\"; CJM Studio reads version 2.0");
		}
		List<Journey> journeys = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		if (version == null) {
			notes.add("<CJML> states no version: read as 2.0");
		}
		for (Element element : children(root)) {
			switch (element.getTagName()) {
			case "plannedJourney" -> journeys.add(journey(element, true));
			case "actualJourney" -> journeys.add(journey(element, false));
			default -> ignored.add("<" + element.getTagName() + "> in <CJML> is no CJML 2.0 element: not imported");
			}
		}
		if (journeys.isEmpty()) {
			throw refused(file, "<CJML> holds no <plannedJourney> or <actualJourney>");
		}
		return new CjmlDocument(journeys, ignored, notes);
	}

	private static Journey journey(Element element, boolean planned) {
		List<String> unkept = new ArrayList<>();
		for (String lost : List.of("journeyLongSummary", "journeyStatus", "journeyStartDate")) {
			if (text(element, lost) != null) {
				unkept.add(lost);
			}
		}
		List<JourneyPhase> phases = new ArrayList<>();
		for (Element phase : children(child(element, "journeyPhases"), "journeyPhase")) {
			phases.add(new JourneyPhase(attribute(phase, "phaseID"), text(phase, "phaseName"),
					text(phase, "phaseDescription")));
		}
		List<Actor> actors = new ArrayList<>();
		Element actorList = child(element, "actors");
		if (actorList != null) {
			for (Element actor : children(actorList)) {
				boolean endUser = END_USER_ELEMENTS.contains(actor.getTagName());
				if (!endUser && !actor.getTagName().equals("serviceProvider")) {
					unkept.add("<" + actor.getTagName() + "> among the actors");
					continue;
				}
				String id = attribute(actor, "actorID");
				actors.add(new Actor(id != null ? id : attribute(actor, "actorIDref"), endUser, text(actor, "actorName"),
						text(actor, "companyName"), text(actor, "providerType") != null));
			}
		}
		List<Point> points = new ArrayList<>();
		Element touchpoints = child(element, "touchpoints");
		if (touchpoints != null) {
			String prefix = planned ? "planned" : "actual";
			for (Element point : children(touchpoints)) {
				String tag = point.getTagName();
				if (tag.equals(prefix + "CommunicationPoint") || tag.equals(prefix + "Action")) {
					points.add(point(point, tag.endsWith("CommunicationPoint")));
				} else {
					unkept.add("<" + tag + "> among the touchpoints of a" + (planned ? " planned" : "n actual")
							+ " journey");
				}
			}
		}
		return new Journey(planned, text(element, "journeyID"), text(element, "journeyTitle"),
				text(element, "plannedReference"), text(element, "journeyShortSummary"), phases, actors, points,
				unkept);
	}

	private static Point point(Element point, boolean communication) {
		Element initiator = child(point, "initiator");
		Element receiver = child(point, "receiver");
		Element experience = child(point, "touchpointExperience");
		List<String> unkept = new ArrayList<>();
		Element timestamps = child(point, "timestamps");
		if (timestamps != null && !children(timestamps).isEmpty()) {
			unkept.add("timestamps");
		}
		if (text(point, "category") != null) {
			unkept.add("category");
		}
		return new Point(communication, text(point, "touchpointID"), attribute(child(point, "belongsTo"), "phaseIDref"),
				text(point, "compliance"), attribute(child(initiator, "refersTo"), "actorIDref"), text(initiator, "initiatorLabel"),
				attribute(child(receiver, "refersTo"), "actorIDref"), text(receiver, "receiverLabel"),
				text(child(point, "channel"), "channelName"), text(point, "comment"),
				text(experience, "experienceDescription"), text(experience, "experienceRating"), unkept);
	}

	private static IOException refused(Path file, String reason) {
		return new ImportRefusedException(file.getFileName() + ": not a CJML document: " + reason, null);
	}
}
