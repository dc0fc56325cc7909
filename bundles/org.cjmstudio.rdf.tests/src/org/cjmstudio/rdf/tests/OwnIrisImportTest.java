package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.formats.RdfImporter;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.MapToRdf;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written file with IRIs of its own ({@code imports/own-iris.ttl}) is a clean import: every statement taken
 * over, nothing reported as left out, and a re-export names its elements by the file's IRIs again; a map without
 * its title ({@code imports/no-title.ttl}) is refused as the
 * data's fault, not the file's.
 */
class OwnIrisImportTest {

	private static ImportResult read(String name) throws Exception {
		try (InputStream in = TestData.importFile(name)) {
			return RdfImport.read(in, RdfFormat.TURTLE);
		}
	}

	@Test
	void aFileWithItsOwnIrisImportsWithNothingLeftOut() throws Exception {
		ImportResult result = read("own-iris.ttl");

		assertTrue(result.report().leftNothingOut(), result.report()::toString);
		JourneyMap map = result.maps().get(0);
		assertEquals("Renewing a library card", map.getTitle());
		assertEquals(List.of("Notice the expiry", "Renew at the counter"),
				map.getStages().stream().map(Stage::getName).toList());
		assertEquals("Counter closed at lunch", map.getStages().get(1).getBarriers().get(0).getName());
		assertEquals(4, result.report().findings().size(), "the map, two stages, the barrier: each told once: " + result.report());
		assertTrue(result.report().findings().stream()
				.anyMatch(f -> f.subject().equals("https://data.example.org/journeys/renew")
						&& f.why().contains("an IRI of its own")), result.report()::toString);
	}

	@Test
	void theSameIrisGiveTheSameIdsEveryTime() throws Exception {
		assertEquals(read("own-iris.ttl").maps().get(0).getStages().get(1).getId(),
				read("own-iris.ttl").maps().get(0).getStages().get(1).getId());
	}

	@Test
	void aMapWithoutATitleIsTheDatasFaultAndSaysSo(@TempDir Path folder) throws Exception {
		RdfImportException refused = assertThrows(RdfImportException.class, () -> read("no-title.ttl"));
		assertTrue(refused.isMapIncomplete(), "the file was read; the map lacks its title");
		assertTrue(refused.getMessage().contains("<https://data.example.org/journeys/untitled> has no title"),
				refused.getMessage());

		Path file = folder.resolve("no-title.ttl");
		try (InputStream in = TestData.importFile("no-title.ttl")) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		ImportRefusedException asFormat = assertThrows(ImportRefusedException.class,
				() -> new RdfImporter().read(file, false), "cjm import exits 1 for it, not 3");
		assertTrue(asFormat.getMessage().contains("has no title"), asFormat.getMessage());
	}

	private static final String EX = "https://data.example.org/journeys/";

	private static Graph turtle(byte[] exported) {
		return TestData.parse(exported, RdfFormat.TURTLE).getDefaultGraph();
	}

	@Test
	void aReExportNamesTheElementsByTheFilesOwnIris() throws Exception {
		JourneyMap map = read("own-iris.ttl").maps().get(0);
		assertEquals(EX + "library-card", map.getIri());

		byte[] exported = TestData.export(map, RdfFormat.TURTLE);
		Graph graph = turtle(exported);
		for (String own : List.of("library-card", "notice", "renew", "counter-closed")) {
			assertTrue(graph.contains(NodeFactory.createURI(EX + own), RDF.type.asNode(), Node.ANY), own);
		}
		assertTrue(graph.contains(NodeFactory.createURI(EX + "library-card"), CJM.stages.asNode(),
				NodeFactory.createURI(EX + "renew")), "references name the kept IRIs too");
		assertFalse(graph.find(Node.ANY, RDF.type.asNode(), CJM.Stage.asNode()).toList().stream()
				.anyMatch(t -> t.getSubject().getURI().startsWith(CJM.ID_NS)), "no stage renamed id:<uuid>");
		assertFalse(graph.contains(Node.ANY, CJM.resource("iri").asNode(), Node.ANY), "the IRI is the subject itself");

		ImportResult again = RdfImport.read(new ByteArrayInputStream(exported), RdfFormat.TURTLE);
		assertTrue(again.report().leftNothingOut(), again.report()::toString);
		assertEquals(map.getId(), again.maps().get(0).getId(), "the same IRI, the same id");
		assertTrue(turtle(TestData.export(again.maps().get(0), RdfFormat.TURTLE)).isIsomorphicWith(graph),
				"export, import, export: the same graph");
	}

	@Test
	void aCopyOfAnImportedElementIsAnotherElementWithAnIdIri() throws Exception {
		Stage stage = read("own-iris.ttl").maps().get(0).getStages().get(1);

		Stage copy = ElementIds.copyAsNew(stage);

		assertEquals(EX + "renew", stage.getIri());
		assertNull(copy.getIri(), "a copy must not be published under the original's IRI");
		assertNull(copy.getBarriers().get(0).getIri());
	}

	@Test
	void theTeamRepositoryNamesElementsByIdAndKeepsTheIriAsData() throws Exception {
		JourneyMap map = read("own-iris.ttl").maps().get(0);
		Graph repository = GraphFactory.createDefaultGraph();
		new MapToRdf(StreamRDFLib.graph(repository), null).write(map);

		Node stage = ElementIris.of(map.getStages().get(1));
		assertTrue(stage.getURI().startsWith(CJM.ID_NS));
		assertTrue(repository.contains(stage, CJM.resource("iri").asNode(), NodeFactory.createLiteralString(EX + "renew")));

		ImportResult back = RdfImport.read(repository);
		assertTrue(back.report().isEmpty(), back.report()::toString);
		assertEquals(EX + "renew", back.maps().get(0).getStages().get(1).getIri());
		assertTrue(turtle(TestData.export(back.maps().get(0), RdfFormat.TURTLE)).contains(
				NodeFactory.createURI(EX + "renew"), RDF.type.asNode(), CJM.Stage.asNode()), "published by it again");
	}
}
