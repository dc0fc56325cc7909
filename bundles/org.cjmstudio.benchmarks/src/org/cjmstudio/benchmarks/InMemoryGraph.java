package org.cjmstudio.benchmarks;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.mapping.MapToRdf;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * The benchmark's floor: the triples our export streams, collected once into a Jena in-memory graph with the same
 * prefixes, so Jena can write them with nothing of ours in the loop. Mirrors the prefixes of {@code RdfExport}; the
 * benchmark checks that both N-Triples outputs have the same size.
 */
final class InMemoryGraph {

	private InMemoryGraph() {
	}

	static Graph of(List<JourneyMap> maps) {
		Graph graph = GraphFactory.createDefaultGraph();
		StreamRDF into = StreamRDFLib.graph(graph);
		into.start();
		into.prefix("cjm", CJM.NS);
		into.prefix("id", CJM.ID_NS);
		into.prefix("rdf", RDF.getURI());
		into.prefix("rdfs", RDFS.getURI());
		into.prefix("owl", OWL.getURI());
		into.prefix("skos", SKOS.getURI());
		into.prefix("xsd", XSD.getURI());
		for (JourneyMap map : maps) {
			new MapToRdf(into, null).write(map);
		}
		into.finish();
		return graph;
	}
}
