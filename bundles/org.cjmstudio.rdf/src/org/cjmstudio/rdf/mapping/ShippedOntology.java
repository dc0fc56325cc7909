package org.cjmstudio.rdf.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.cjmstudio.rdf.OntologyFiles;

/**
 * The ontology this bundle ships ({@code ontology/cjm.ttl}), read once: the mapping takes the standard terms, the
 * terms' labels and the concepts' descriptions from it, so they are written down in one place only.
 */
final class ShippedOntology {

	private static final Graph GRAPH = load();

	private ShippedOntology() {
	}

	static Graph graph() {
		return GRAPH;
	}

	/** The term's {@code rdfs:label} ("Buying committee role" for {@code cjm:BuyingCommitteeRole}), or null. */
	static String label(Node term) {
		return GRAPH.find(term, RDFS.label.asNode(), Node.ANY).nextOptional().map(Triple::getObject)
				.map(Node::getLiteralLexicalForm).orElse(null);
	}

	private static Graph load() {
		Graph ontology = GraphFactory.createDefaultGraph();
		try (InputStream in = OntologyFiles.open(OntologyFiles.ONTOLOGY)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the shipped ontology", e);
		}
		return ontology;
	}
}
