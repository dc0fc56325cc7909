package org.cjmstudio.formats.ujg;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.rdf.mapping.ElementIris;

/**
 * Makes one map of a UJG document's experience layer: the journey's label is the title, each {@code Phase} a stage
 * (by {@code order}), each {@code ExperienceStep} a step of its phase, ordered by where its states come on the
 * journey's transitions from the start state (UJG orders steps only so), each {@code Touchpoint} a touchpoint in the
 * stage of the first step that refers to it and serving those steps, each {@code PainPoint} a barrier of the step it
 * annotates (of the stage, when it annotates several steps of one stage). Elements get the id their IRI stands for,
 * so a CJM Studio export comes back with its ids, and keep an outside document's IRIs for the next export. What the map cannot hold (runtime, mapping and other modules'
 * nodes, tags) is reported; references that do not resolve are reported, never fatal.
 */
final class UjgMaps {

	static final String NO_PHASE = "No phase";

	private static final CjmFactory CJM = CjmFactory.eINSTANCE;
	private static final Set<Node> READ = Set.of(Ujg.UJG_DOCUMENT, Ujg.JOURNEY, Ujg.STATE, Ujg.TRANSITION, Ujg.PHASE,
			Ujg.EXPERIENCE_STEP, Ujg.TOUCHPOINT, Ujg.PAIN_POINT);

	private final Graph graph;
	private final JourneyMap map = CJM.createJourneyMap();
	private final List<String> leftOut = new ArrayList<>();
	private final List<String> findings = new ArrayList<>();
	private final Map<Node, Stage> stages = new LinkedHashMap<>();
	private final Map<Node, Step> steps = new LinkedHashMap<>();
	private Stage noPhase;

	private UjgMaps(Graph graph) {
		this.graph = graph;
	}

	static ImportedMaps of(Graph graph, Path file) throws ImportRefusedException {
		return new UjgMaps(graph).build(file);
	}

	private ImportedMaps build(Path file) throws ImportRefusedException {
		if (READ.stream().allMatch(type -> typed(type).isEmpty())) {
			throw UjgImporter.refused(file, "it holds no UJGDocument, Journey, Phase or ExperienceStep in the terms of "
					+ "UJG " + Ujg.VERSION + " (" + Ujg.BASE + ")");
		}
		List<Node> journeys = typed(Ujg.JOURNEY);
		Node document = typed(Ujg.UJG_DOCUMENT).stream().findFirst().orElse(null);
		String title = journeys.isEmpty() ? null : text(journeys.get(0), Ujg.LABEL);
		map.setTitle(title != null ? title : document != null ? document.toString() : file.getFileName().toString());
		if (document != null) {
			identify(map, document);
		}
		if (journeys.size() > 1) {
			findings.add(journeys.size() + " journeys: the map is titled after " + ref(journeys.get(0))
					+ " and holds the experience nodes of all");
		}
		phases();
		steps(stateOrder(journeys));
		touchpoints();
		painPoints();
		notRead();
		if (noPhase != null) {
			map.getStages().move(map.getStages().size() - 1, noPhase);
		}
		return new ImportedMaps(List.of(map), leftOut, findings);
	}

	private void phases() {
		List<Node> phases = new ArrayList<>(typed(Ujg.PHASE));
		phases.sort(Comparator.comparing((Node phase) -> order(phase) == null ? Long.MAX_VALUE : order(phase))
				.thenComparing(UjgMaps::key));
		for (Node phase : phases) {
			if (order(phase) == null) {
				findings.add(ref(phase) + " states no order: placed after the phases that do, by IRI");
			}
			Stage stage = CJM.createStage();
			identify(stage, phase);
			stage.setName(nameOf(phase));
			map.getStages().add(stage);
			stages.put(phase, stage);
		}
	}

	/** Each state's place on the journeys' transitions, walked breadth first from the start states. */
	private Map<Node, Integer> stateOrder(List<Node> journeys) {
		Map<Node, List<Node>> next = new TreeMap<>(Comparator.comparing(UjgMaps::key));
		for (Node transition : typed(Ujg.TRANSITION)) {
			Node from = object(transition, Ujg.FROM);
			Node to = object(transition, Ujg.TO);
			if (from != null && to != null) {
				next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
			}
		}
		next.values().forEach(targets -> targets.sort(Comparator.comparing(UjgMaps::key)));
		Map<Node, Integer> order = new LinkedHashMap<>();
		Deque<Node> queue = new ArrayDeque<>();
		for (Node journey : journeys) {
			Node start = object(journey, Ujg.START_STATE);
			if (start != null) {
				queue.add(start);
			}
		}
		while (!queue.isEmpty()) {
			Node state = queue.poll();
			if (order.putIfAbsent(state, order.size()) == null) {
				queue.addAll(next.getOrDefault(state, List.of()));
			}
		}
		return order;
	}

	private void steps(Map<Node, Integer> stateOrder) {
		List<Node> experienceSteps = new ArrayList<>(typed(Ujg.EXPERIENCE_STEP));
		Map<Node, Integer> positions = new LinkedHashMap<>();
		for (Node step : experienceSteps) {
			positions.put(step, objects(step, Ujg.STATE_REFS).stream().map(stateOrder::get)
					.filter(p -> p != null).min(Integer::compare).orElse(Integer.MAX_VALUE));
		}
		experienceSteps.sort(Comparator.comparing((Node step) -> positions.get(step)).thenComparing(UjgMaps::key));
		for (Node node : experienceSteps) {
			if (positions.get(node) == Integer.MAX_VALUE) {
				findings.add(ref(node) + ": no transition from the start state reaches its states: placed after the "
						+ "ordered steps, by IRI");
			}
			Step step = CJM.createStep();
			identify(step, node);
			step.setName(nameOf(node));
			stageOf(node, object(node, Ujg.PHASE_REF), Ujg.PHASE, "its phaseRef").getSteps().add(step);
			steps.put(node, step);
		}
	}

	private void touchpoints() {
		Map<Node, List<Step>> servedSteps = new LinkedHashMap<>();
		steps.forEach((node, step) -> {
			for (Node touchpoint : objects(node, Ujg.TOUCHPOINT_REFS)) {
				if (is(touchpoint, Ujg.TOUCHPOINT)) {
					servedSteps.computeIfAbsent(touchpoint, k -> new ArrayList<>()).add(step);
				} else {
					leftOut.add(ref(node) + " touchpointRefs " + ref(touchpoint) + ", which is no Touchpoint");
				}
			}
		});
		for (Node node : typed(Ujg.TOUCHPOINT)) {
			Touchpoint touchpoint = CJM.createTouchpoint();
			identify(touchpoint, node);
			touchpoint.setName(nameOf(node));
			String channel = text(node, Ujg.CHANNEL);
			if (channel != null) {
				touchpoint.setChannel(channel(channel));
			}
			List<Step> served = servedSteps.getOrDefault(node, List.of());
			touchpoint.getServes().addAll(served);
			Stage stage = served.isEmpty() ? noPhase(ref(node) + " serves no step") : (Stage) served.get(0).eContainer();
			stage.getTouchpoints().add(touchpoint);
		}
	}

	private void painPoints() {
		for (Node node : typed(Ujg.PAIN_POINT)) {
			Barrier barrier = CJM.createBarrier();
			identify(barrier, node);
			barrier.setName(nameOf(node));
			barrier.setDescription(text(node, Ujg.DESCRIPTION));
			String severity = text(node, Ujg.SEVERITY);
			if (severity != null) {
				try {
					double value = Double.parseDouble(severity);
					if (!(value >= 0 && value <= 1)) { // NaN too, which compares false both ways
						throw new NumberFormatException();
					}
					barrier.setSeverity(PainPointSeverity.of(value));
				} catch (NumberFormatException notFromZeroToOne) {
					leftOut.add(ref(node) + " severity '" + severity + "' is no number from 0 to 1");
				}
			}
			List<Step> annotated = new ArrayList<>();
			for (Node ref : objects(node, Ujg.EXPERIENCE_REFS)) {
				Step step = steps.get(ref);
				if (step == null) {
					leftOut.add(ref(node) + " experienceRefs " + ref(ref) + ", which is no ExperienceStep");
				} else {
					annotated.add(step);
				}
			}
			if (annotated.isEmpty()) {
				noPhase(ref(node) + " annotates no step").getBarriers().add(barrier);
				continue;
			}
			Stage stage = (Stage) annotated.get(0).eContainer();
			stage.getBarriers().add(barrier);
			if (annotated.size() == 1) {
				barrier.setStep(annotated.get(0));
			} else if (annotated.stream().anyMatch(step -> step.eContainer() != stage)) {
				leftOut.add(ref(node) + " annotates steps of several stages: a barrier belongs to one, '"
						+ stage.getName() + "'; its steps in the others");
			}
		}
	}

	/** Nodes of the types a map does not hold, and tags, reported by type. */
	private void notRead() {
		Map<String, Integer> unread = new TreeMap<>();
		graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(triple -> {
			if (!READ.contains(triple.getObject())) {
				unread.merge(localName(triple.getObject()), 1, Integer::sum);
			}
		});
		unread.forEach((type, count) -> leftOut.add(count + " " + type + " node" + (count == 1 ? "" : "s")
				+ " (a journey map holds no such element)"));
		long tagged = graph.find(Node.ANY, graphTerm("tags"), Node.ANY).mapWith(Triple::getSubject).toSet().size();
		if (tagged > 0) {
			leftOut.add("the tags of " + tagged + " node" + (tagged == 1 ? "" : "s"));
		}
	}

	private Stage stageOf(Node node, Node ref, Node type, String what) {
		if (ref == null) {
			return noPhase(ref(node) + " has no phaseRef");
		}
		Stage stage = stages.get(ref);
		if (stage == null) {
			leftOut.add(ref(node) + " " + what + " " + ref(ref) + " is no " + localName(type) + ": placed in the stage '"
					+ NO_PHASE + "'");
			return noPhase(null);
		}
		return stage;
	}

	private Stage noPhase(String why) {
		if (why != null) {
			findings.add(why + ": placed in the stage '" + NO_PHASE + "'");
		}
		if (noPhase == null) {
			noPhase = CJM.createStage();
			noPhase.setName(NO_PHASE);
			map.getStages().add(noPhase);
		}
		return noPhase;
	}

	private Channel channel(String name) {
		for (Channel channel : map.getChannels()) {
			if (name.equals(channel.getName())) {
				return channel;
			}
		}
		Channel channel = CJM.createChannel();
		channel.setName(name);
		channel.setCategory(ChannelCategory.OTHER);
		map.getChannels().add(channel);
		return channel;
	}

	private static void identify(Identifiable element, Node node) {
		if (node.isURI()) {
			element.setId(ElementIris.idFor(node.getURI()));
			if (ElementIris.idOf(node.getURI()).isEmpty()) {
				element.setIri(node.getURI()); // published under the document's IRI again
			}
		}
	}

	private String nameOf(Node node) {
		String label = text(node, Ujg.LABEL);
		return label != null ? label : localName(node);
	}

	private Long order(Node phase) {
		String order = text(phase, Ujg.ORDER);
		try {
			return order == null ? null : Long.valueOf(order);
		} catch (NumberFormatException notAWholeNumber) {
			return null;
		}
	}

	private List<Node> typed(Node type) {
		return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList().stream()
				.sorted(Comparator.comparing(UjgMaps::key)).toList();
	}

	private boolean is(Node node, Node type) {
		return graph.contains(node, RDF.type.asNode(), type);
	}

	private List<Node> objects(Node subject, Node property) {
		return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList().stream()
				.sorted(Comparator.comparing(UjgMaps::key)).toList();
	}

	private Node object(Node subject, Node property) {
		List<Node> objects = objects(subject, property);
		return objects.isEmpty() ? null : objects.get(0);
	}

	private String text(Node subject, Node property) {
		Node value = object(subject, property);
		return value == null || !value.isLiteral() ? null : value.getLiteralLexicalForm();
	}

	private static Node graphTerm(String name) {
		return org.apache.jena.graph.NodeFactory.createURI(Ujg.GRAPH + name);
	}

	/** Nodes sort by their IRI (blank nodes by their label), so the same document always gives the same map. */
	private static String key(Node node) {
		return node.isURI() ? node.getURI() : node.toString();
	}

	private static String ref(Node node) {
		return "<" + (node.isURI() ? node.getURI() : node.toString()) + ">";
	}

	private static String localName(Node node) {
		String iri = node.isURI() ? node.getURI() : node.toString();
		int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
		return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
	}
}
