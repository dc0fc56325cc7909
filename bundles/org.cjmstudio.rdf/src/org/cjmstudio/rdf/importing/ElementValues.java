package org.cjmstudio.rdf.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.mapping.Positions;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The values of one feature of one element as they stand in the graph, in the order the export wrote them: the
 * {@code rdf:Seq} at {@code <element>/<feature>} when there is one, else {@code cjm:position}, else a stable
 * order (hand-written files rarely say the order of unordered things).
 */
final class ElementValues {

	private final Graph graph;

	ElementValues(Graph graph) {
		this.graph = graph;
	}

	List<Node> of(Node subject, EStructuralFeature feature) {
		List<Node> values = new ArrayList<>(objects(subject, FeatureTerms.property(feature)));
		values.sort(Comparator.comparing(Node::toString));
		if (!feature.isMany()) {
			return values;
		}
		if (subject.isURI()) {
			Node sequence = ElementIris.sequenceOf(subject, feature);
			List<Node> ordered = sequence(sequence);
			if (!ordered.isEmpty()) {
				return ordered;
			}
		}
		values.sort(Comparator.comparingInt(this::position).thenComparing(node -> node.toString()));
		return values;
	}

	private List<Node> sequence(Node sequence) {
		List<Node> items = new ArrayList<>();
		for (int i = 1;; i++) {
			List<Node> item = objects(sequence, RDF.li(i).asNode());
			if (item.isEmpty()) {
				return items;
			}
			items.add(item.get(0));
		}
	}

	int position(Node element) {
		return Positions.of(graph, element);
	}

	List<Node> objects(Node subject, Node property) {
		return graph.find(subject, property, Node.ANY).mapWith(triple -> triple.getObject()).toList();
	}
}
