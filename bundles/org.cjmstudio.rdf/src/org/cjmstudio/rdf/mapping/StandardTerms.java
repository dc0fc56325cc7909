package org.cjmstudio.rdf.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * The terms of established vocabularies that each {@code cjm:} class and property is aligned with in the shipped
 * ontology ({@code rdfs:subClassOf}, {@code rdfs:subPropertyOf}, followed through {@code cjm:} terms, so
 * {@code cjm:Interview} gets {@code prov:Entity} by way of {@code cjm:Evidence}). The export states them next to
 * the {@code cjm:} ones, so a knowledge base without a reasoner still finds a barrier's {@code prov:wasDerivedFrom}
 * or a map's {@code dcterms:title}. The ontology file is the only place the alignment is written down.
 */
final class StandardTerms {

	private static final Map<Node, List<Node>> ALIGNED = load();

	private StandardTerms() {
	}

	/** The established terms {@code cjmTerm} is a sub-class or sub-property of; empty when there are none. */
	static List<Node> of(Node cjmTerm) {
		return ALIGNED.getOrDefault(cjmTerm, List.of());
	}

	private static Map<Node, List<Node>> load() {
		Graph ontology = ShippedOntology.graph();
		Map<Node, List<Node>> aligned = new HashMap<>();
		for (Node relation : List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode())) {
			ontology.find(Node.ANY, relation, Node.ANY).mapWith(triple -> triple.getSubject()).toSet().forEach(term -> {
				List<Node> standard = standardSuperTerms(ontology, relation, term);
				if (isOurs(term) && !standard.isEmpty()) {
					aligned.put(term, standard);
				}
			});
		}
		return Map.copyOf(aligned);
	}

	private static List<Node> standardSuperTerms(Graph ontology, Node relation, Node term) {
		Set<Node> found = new LinkedHashSet<>();
		Set<Node> visited = new LinkedHashSet<>();
		List<Node> toVisit = new ArrayList<>(List.of(term));
		while (!toVisit.isEmpty()) {
			Node current = toVisit.remove(toVisit.size() - 1);
			if (!visited.add(current)) {
				continue;
			}
			ontology.find(current, relation, Node.ANY).forEachRemaining(triple -> {
				Node superTerm = triple.getObject();
				if (isOurs(superTerm)) {
					toVisit.add(superTerm);
				} else if (superTerm.isURI()) {
					found.add(superTerm);
				}
			});
		}
		return found.stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
	}

	private static boolean isOurs(Node term) {
		return term.isURI() && term.getURI().startsWith(CJM.NS);
	}
}
