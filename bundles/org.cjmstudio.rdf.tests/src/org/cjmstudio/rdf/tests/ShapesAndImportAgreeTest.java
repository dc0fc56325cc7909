package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportReport;
import org.cjmstudio.rdf.importing.RdfImport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A knowledge engineer checks a hand-written file with the published SHACL shapes before importing it: what import
 * would leave out violates a shape, and what import takes in full conforms. Both read the same files
 * ({@code imports/corrupt/}).
 */
class ShapesAndImportAgreeTest {

	@ParameterizedTest(name = "{0}: left out {1}")
	@CsvSource({
			"clean.ttl, false",
			"names-in-english.ttl, false",
			"evidence-is-a-stage.ttl, true",
			"feeling-not-a-feeling.ttl, true",
			"name-is-an-iri.ttl, true",
			"two-names.ttl, true" })
	void importAndShapesGiveTheSameVerdict(String file, boolean leftOut) throws Exception {
		ImportReport report;
		try (InputStream in = TestData.importFile("corrupt/" + file)) {
			report = RdfImport.read(in, RdfFormat.TURTLE).report();
		}
		ValidationReport shapes = ShaclValidator.get().validate(shapes(), graph(file));

		assertEquals(leftOut, !report.leftNothingOut(), file + ": import says " + report);
		assertEquals(leftOut, !shapes.conforms(), () -> file + ": the shapes say " + describe(shapes));
	}

	private static Graph graph(String file) {
		Graph graph = GraphFactory.createDefaultGraph();
		try (InputStream in = TestData.importFile("corrupt/" + file)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return graph;
	}

	private static Shapes shapes() {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(TestData.ontologyFile(OntologyFiles.SHAPES), Lang.TURTLE).parse(graph);
		return Shapes.parse(graph);
	}

	private static String describe(ValidationReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ShLib.printReport(out, report);
		return report.conforms() ? "conforms" : out.toString();
	}
}
