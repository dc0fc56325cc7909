package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sys.JenaSystem;
import org.cjmstudio.rdf.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Jena is a set of plain jars wrapped into generated bundles, and it starts its subsystems (parsers, writers,
 * SPARQL engine) through ServiceLoader. These tests run inside Equinox and prove that a CJM Studio bundle can
 * parse, write and query RDF there, which plain JUnit outside OSGi cannot show.
 */
class JenaInsideOsgiTest {

	private static final String JOURNEY_TURTLE = """
			@prefix ex:   <https://example.org/cjm/> .
			@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
			ex:purchase a ex:Stage ; rdfs:label "Purchase" ; ex:order 4 .
			ex:search   a ex:Stage ; rdfs:label "Information search" ; ex:order 2 .
			ex:slowCheckout a ex:Barrier ; rdfs:label "Checkout takes five screens" ; ex:stage ex:purchase .
			""";

	@Test
	void jenaRunsFromWrappedBundlesInsideOsgi() {
		Bundle jenaArq = FrameworkUtil.getBundle(RDFParser.class);
		assertNotNull(jenaArq, "RDFParser must come from a bundle, not from the class path");
		assertEquals("wrapped.org.apache.jena.jena-arq", jenaArq.getSymbolicName());
		assertEquals(Bundle.ACTIVE, jenaArq.getState(), "jena-arq must be started so SPI Fly registers its services");
		assertNotNull(FrameworkUtil.getBundle(RdfFormat.class), "our own code runs as a bundle too");
		JenaSystem.init();
	}

	@Test
	void parsesTurtle() {
		Model model = parseTurtle(JOURNEY_TURTLE);
		assertEquals(9, model.size(), "three statements for each of the three resources");
	}

	@ParameterizedTest
	@EnumSource(RdfFormat.class)
	void writesEveryFormatAndReadsItBackUnchanged(RdfFormat format) {
		Model original = parseTurtle(JOURNEY_TURTLE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (format.isDatasetFormat()) {
			Dataset dataset = DatasetFactory.create();
			dataset.addNamedModel("https://example.org/cjm/map/1", original);
			RDFWriter.source(dataset.asDatasetGraph()).format(format.writerFormat()).output(out);
		} else {
			RDFWriter.source(original).format(format.writerFormat()).output(out);
		}
		assertTrue(out.size() > 0, format + " wrote nothing");

		Model readBack = readBack(format, out.toByteArray());
		assertTrue(original.isIsomorphicWith(readBack), format + " did not round-trip:\n" + out);
	}

	@Test
	void answersSparqlQueries() {
		Model model = parseTurtle(JOURNEY_TURTLE);
		String query = """
				PREFIX ex:   <https://example.org/cjm/>
				PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
				SELECT ?label WHERE { ?stage a ex:Stage ; rdfs:label ?label ; ex:order ?order } ORDER BY ?order
				""";
		List<String> stageLabels = new ArrayList<>();
		try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
			ResultSet results = execution.execSelect();
			while (results.hasNext()) {
				QuerySolution row = results.next();
				stageLabels.add(row.getLiteral("label").getString());
			}
		}
		assertEquals(List.of("Information search", "Purchase"), stageLabels);
	}

	private static Model parseTurtle(String turtle) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.create().fromString(turtle).lang(Lang.TURTLE).parse(model);
		return model;
	}

	private static Model readBack(RdfFormat format, byte[] bytes) {
		ByteArrayInputStream in = new ByteArrayInputStream(bytes);
		if (format.isDatasetFormat()) {
			Dataset dataset = DatasetFactory.create();
			RDFParser.source(in).lang(format.lang()).parse(dataset);
			return dataset.getNamedModel("https://example.org/cjm/map/1");
		}
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(in).lang(format.lang()).base("https://example.org/").parse(model);
		return model;
	}
}
