package org.cjmstudio.rdf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.jsonld.CompactJsonLdWriter;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.MapToRdf;
import org.cjmstudio.rdf.mapping.OntologyConcepts;
import org.cjmstudio.rdf.vocabularies.ConceptDescriptions;
import org.cjmstudio.rdf.vocabularies.InstalledVocabularies;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * Publishes journey maps as linked data. N-Triples, Turtle and TriG stream triple by triple (Jena's streaming
 * writers, Turtle and TriG in their "blocks" style), so memory does not grow with the map. JSON-LD and RDF/XML
 * writers need the whole graph before they write a byte (they group and nest by subject), so for those the
 * triples are first collected in memory (for JSON-LD in the mapping's order, which its arrays keep); JSON-LD is
 * compacted with the published context and names it by its address. TriG puts each map in its own named graph, {@code <map IRI>/graph}; the
 * other formats put all maps in one graph. Concepts of installed vocabularies that channels link to are described
 * after the maps, in the default graph ({@link ConceptDescriptions}), and so are the ontology's concepts the maps use
 * ({@link OntologyConcepts}).
 */
public final class RdfExport {

	private RdfExport() {
	}

	public static void write(List<JourneyMap> maps, RdfFormat format, OutputStream out) {
		switch (format) {
		case N_TRIPLES -> stream(maps, StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES), false, true);
		case TURTLE -> stream(maps, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS), false, true);
		case TRIG -> stream(maps, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS), true, true);
		case JSON_LD -> CompactJsonLdWriter.write(inOrder(maps), out);
		case RDF_XML -> RDFWriter.source(graph(maps, true)).format(format.writerFormat()).output(out);
		}
	}

	/**
	 * All {@code maps} in one in-memory graph, with the export's prefixes: for the writers that need the whole graph,
	 * for SPARQL queries (the workbench's SPARQL view, {@code cjm query}) and as the benchmark's floor. Unlike a
	 * streamed export this is a full copy, and it names every element by its id (the SPARQL view finds the card a
	 * row names by it), also one imported under an IRI of its own.
	 */
	public static Graph toGraph(List<JourneyMap> maps) {
		return graph(maps, false);
	}

	private static Graph graph(List<JourneyMap> maps, boolean publishing) {
		Graph graph = GraphFactory.createDefaultGraph();
		stream(maps, StreamRDFLib.graph(graph), false, publishing);
		return graph;
	}

	/**
	 * All {@code maps}' triples in the order the mapping states them (the map's order), each once: JSON-LD lists
	 * a property's values in the order it is given them.
	 */
	private static Collection<Triple> inOrder(List<JourneyMap> maps) {
		Set<Triple> triples = new LinkedHashSet<>();
		stream(maps, new StreamRDFBase() {
			@Override
			public void triple(Triple triple) {
				triples.add(triple);
			}
		}, false, true);
		return triples;
	}

	/** Writes the file only once the whole export succeeded, so a failed export never leaves half a file. */
	public static void write(List<JourneyMap> maps, RdfFormat format, Path file) throws IOException {
		AtomicFileWriter.write(file, out -> write(maps, format, out));
	}

	/** @param publishing whether elements are named by the IRIs kept from an import ({@link MapToRdf#publishing}) */
	private static void stream(List<JourneyMap> maps, StreamRDF out, boolean graphPerMap, boolean publishing) {
		out.start();
		out.prefix("cjm", CJM.NS);
		out.prefix("id", CJM.ID_NS);
		out.prefix("rdf", RDF.getURI());
		out.prefix("rdfs", RDFS.getURI());
		out.prefix("owl", OWL.getURI());
		out.prefix("skos", SKOS.getURI());
		out.prefix("xsd", XSD.getURI());
		OntologyConcepts used = new OntologyConcepts();
		StreamRDF watched = used.watching(out);
		for (JourneyMap map : maps) {
			Node graph = graphPerMap ? ElementIris.graphOf(map) : null;
			(publishing ? MapToRdf.publishing(watched, graph) : new MapToRdf(watched, graph)).write(map);
		}
		ConceptDescriptions.write(maps, InstalledVocabularies.read(), watched);
		used.writeUsed(out);
		out.finish();
	}
}
