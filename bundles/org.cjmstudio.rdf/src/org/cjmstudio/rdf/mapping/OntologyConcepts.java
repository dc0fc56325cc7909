package org.cjmstudio.rdf.mapping;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Describes the ontology's concepts an export uses (feelings, severities, channel categories, phases, ...) in the
 * export itself, so a reader without {@code cjm.ttl} sees "frustration" and "high" rather than opaque IRIs: each
 * concept's statements from the ontology (type, scheme, preferred label, label, comment, its Wikidata match) and its
 * scheme's type, labels and comment with {@code skos:hasTopConcept} for the concepts described. Concepts a map does
 * not use stay out. Written after the maps, in the default graph; import reads none of it.
 * <p>
 * Used concepts are found while the triples stream past ({@link #watching}), so the maps are walked once.
 */
public final class OntologyConcepts {

	private static final Set<Node> SCHEME_STATEMENTS = Set.of(RDF.type.asNode(), SKOS.prefLabel.asNode(),
			RDFS.label.asNode(), RDFS.comment.asNode());

	/** Every concept of the ontology, with its scheme. */
	private static final Map<Node, Node> SCHEMES = schemes();

	private final Set<Node> used = new LinkedHashSet<>();

	/** Passes everything on to {@code out} and notes the ontology's concepts among the objects. */
	public StreamRDF watching(StreamRDF out) {
		return new StreamRDFWrapper(out) {
			@Override
			public void triple(Triple triple) {
				note(triple.getObject());
				super.triple(triple);
			}

			@Override
			public void quad(Quad quad) {
				note(quad.getObject());
				super.quad(quad);
			}
		};
	}

	private void note(Node object) {
		if (object.isURI() && SCHEMES.containsKey(object)) {
			used.add(object);
		}
	}

	/** Describes the concepts noted so far, and their schemes, into {@code out}'s default graph. */
	public void writeUsed(StreamRDF out) {
		Graph ontology = ShippedOntology.graph();
		Map<Node, Set<Node>> byScheme = new LinkedHashMap<>();
		used.stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).forEach(concept -> {
			ontology.find(concept, Node.ANY, Node.ANY).forEach(out::triple);
			byScheme.computeIfAbsent(SCHEMES.get(concept), scheme -> new LinkedHashSet<>()).add(concept);
		});
		byScheme.forEach((scheme, concepts) -> {
			ontology.find(scheme, Node.ANY, Node.ANY).filterKeep(t -> SCHEME_STATEMENTS.contains(t.getPredicate()))
					.forEach(out::triple);
			concepts.forEach(concept -> out.triple(Triple.create(scheme, SKOS.hasTopConcept.asNode(), concept)));
		});
	}

	private static Map<Node, Node> schemes() {
		Map<Node, Node> schemes = new LinkedHashMap<>();
		ShippedOntology.graph().find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY)
				.forEach(triple -> schemes.put(triple.getSubject(), triple.getObject()));
		return Map.copyOf(schemes);
	}
}
