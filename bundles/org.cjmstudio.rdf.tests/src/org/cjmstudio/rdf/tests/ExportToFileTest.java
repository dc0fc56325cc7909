package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;

/**
 * A user publishes both samples into one TriG file: each map lands in its own named graph, and the file holds
 * exactly what the stream export holds. The files stay in target/test-output for a reader to look at.
 */
class ExportToFileTest {

	@Test
	void bothSamplesGoToOneTrigFileWithAGraphPerMap() throws Exception {
		JourneyMap b2b = TestData.load(SampleMap.B2B_ENTERPRISE_SOFTWARE);
		JourneyMap b2c = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		Path folder = Files.createDirectories(Path.of("target", "test-output"));
		Path file = folder.resolve("samples.trig");

		RdfExport.write(List.of(b2b, b2c), RdfFormat.TRIG, file);
		RdfExport.write(List.of(b2c), RdfFormat.TURTLE, folder.resolve("b2c-online-shop.ttl"));

		DatasetGraph dataset = TestData.parse(Files.readAllBytes(file), RdfFormat.TRIG);
		assertEquals(2, dataset.size(), "one named graph per map");
		assertTrue(dataset.containsGraph(ElementIris.graphOf(b2b)));
		assertTrue(dataset.containsGraph(ElementIris.graphOf(b2c)));
		DatasetGraph separately = TestData.parse(TestData.export(b2b, RdfFormat.TRIG), RdfFormat.TRIG);
		assertTrue(IsoMatcher.isomorphic(separately.getGraph(ElementIris.graphOf(b2b)),
				dataset.getGraph(ElementIris.graphOf(b2b))));
	}
}
