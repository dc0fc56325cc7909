package org.cjmstudio.rdf.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.mapping.Positions;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The values of one feature of one element as they stand in the graph, in the order the export wrote them. The
 * triples ({@code <element> cjm:evidence <x>}) are the data; the {@code rdf:Seq} at {@code <element>/<feature>}
 * only orders them, because outside tools edit the triples and rarely the Seq. So the values are the stated ones:
 * those the Seq lists in its order, then any the Seq misses (by {@code cjm:position}, then IRI), each reported; a
 * value only the Seq lists is reported and left out. Without a Seq: {@code cjm:position}, else a stable order
 * (hand-written files rarely say the order of unordered things).
 */
final class ElementValues {

	private final Graph graph;
	private final ImportReport report;

	ElementValues(Graph graph, ImportReport report) {
		this.graph = graph;
		this.report = report;
	}

	List<Node> of(Node subject, EStructuralFeature feature) {
		List<Node> values = new ArrayList<>(objects(subject, FeatureTerms.property(feature)));
		values.sort(Comparator.comparing(Node::toString));
		if (!feature.isMany()) {
			return values;
		}
		values.sort(Comparator.comparingInt(this::position).thenComparing(node -> node.toString()));
		if (subject.isURI()) {
			Node sequence = ElementIris.sequenceOf(subject, feature);
			List<Node> listed = sequence(sequence);
			if (!listed.isEmpty()) {
				return ordered(subject, feature, sequence, listed, values);
			}
		}
		if (feature instanceof EReference reference && reference.isContainment() && values.size() > 1) {
			values.stream().filter(value -> !graph.contains(value, CJM.position.asNode(), Node.ANY))
					.forEach(value -> report.note(value.toString(), CJM.position.getURI(), "no cjm:position among "
							+ values.size() + " siblings; placed after the numbered ones, in IRI order"));
		}
		return values;
	}

	/** The stated values in the Seq's order, then those it misses; what only the Seq names is reported. */
	private List<Node> ordered(Node subject, EStructuralFeature feature, Node sequence, List<Node> listed,
			List<Node> stated) {
		String property = FeatureTerms.property(feature).getURI();
		Set<Node> statedSet = new HashSet<>(stated);
		List<Node> ordered = new ArrayList<>();
		Set<Node> reported = new HashSet<>();
		for (Node item : listed) {
			if (statedSet.contains(item)) {
				// a list that allows repeats keeps the Seq's repeats (RDF itself cannot state a triple twice)
				if (!feature.isUnique() || !ordered.contains(item)) {
					ordered.add(item);
				}
			} else if (reported.add(item)) {
				report.add(subject.getURI(), property, item + " is listed in the rdf:Seq <" + sequence.getURI()
						+ "> but not stated with this property; left out (the triples are the data, the Seq only "
						+ "orders them)");
			}
		}
		for (Node value : stated) {
			if (!ordered.contains(value)) {
				ordered.add(value);
				report.note(subject.getURI(), property, value + " is stated but missing from the rdf:Seq <"
						+ sequence.getURI() + ">; imported after the Seq's members");
			}
		}
		return ordered;
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
