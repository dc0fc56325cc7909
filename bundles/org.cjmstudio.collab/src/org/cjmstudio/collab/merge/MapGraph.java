package org.cjmstudio.collab.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.apply.MapSchema;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.mapping.Positions;

/** Questions about one state of a map's graph that the merge asks: elements, their subtrees, values, list order. */
final class MapGraph {

	private final Graph graph;

	MapGraph(Graph graph) {
		this.graph = graph;
	}

	Graph graph() {
		return graph;
	}

	/** Whether {@code element} is an element of the map in this state (it has one of our types). */
	boolean hasElement(Node element) {
		return graph.find(element, RDF.type.asNode(), Node.ANY).toList().stream()
				.anyMatch(triple -> FeatureTerms.classOf(triple.getObject()) != null);
	}

	Set<Node> values(MapKey key) {
		return graph.find(key.subject(), key.predicate(), Node.ANY).mapWith(Triple::getObject).toSet();
	}

	/** The element and everything it contains, through the containment properties. */
	Set<Node> subtree(Node root) {
		Set<Node> found = new LinkedHashSet<>();
		Deque<Node> toVisit = new ArrayDeque<>(List.of(root));
		while (!toVisit.isEmpty()) {
			Node element = toVisit.pop();
			if (found.add(element)) {
				for (Node containment : MapSchema.containments()) {
					graph.find(element, containment, Node.ANY).forEachRemaining(t -> toVisit.push(t.getObject()));
				}
			}
		}
		return found;
	}

	/** The element that contains {@code element}, with the containment property, if any. */
	Optional<Triple> containerLink(Node element) {
		return graph.find(Node.ANY, Node.ANY, element).toList().stream()
				.filter(triple -> MapSchema.isContainment(triple.getPredicate())).findFirst();
	}

	/** The outermost element of {@code element}'s containers that is, like it, missing from {@code other}. */
	Node outermostMissingFrom(Node element, MapGraph other) {
		Node current = element;
		for (Optional<Triple> link = containerLink(current); link.isPresent(); link = containerLink(current)) {
			Node container = link.get().getSubject();
			if (other.hasElement(container)) {
				break;
			}
			current = container;
		}
		return current;
	}

	/** Every triple about the given elements (and the nodes minted from them), and every triple pointing at them. */
	List<Triple> triplesOf(Set<Node> elements) {
		Set<String> ids = new LinkedHashSet<>();
		elements.forEach(element -> MapIris.elementIdOf(element).ifPresent(ids::add));
		List<Triple> triples = new ArrayList<>();
		graph.find().forEachRemaining(triple -> {
			boolean about = MapIris.elementIdOf(triple).map(ids::contains).orElse(false);
			boolean pointing = MapIris.elementIdOf(triple.getObject()).map(ids::contains).orElse(false);
			if (about || pointing) {
				triples.add(triple);
			}
		});
		return triples;
	}

	/** The children of a list in their order. */
	List<Node> children(Node parent, Node property) {
		List<Node> children = new ArrayList<>(graph.find(parent, property, Node.ANY).mapWith(Triple::getObject).toList());
		children.sort(Comparator.comparingInt(this::position).thenComparing(node -> node.toString()));
		return children;
	}

	int position(Node element) {
		return Positions.of(graph, element);
	}
}
