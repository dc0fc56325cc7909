package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge engineer exports the samples, queries them with SPARQL and imports a map back, from the shell. */
class LinkedDataCommandsTest {

	@TempDir
	Path folder;

	private final CjmShell shell = new CjmShell();

	@Test
	void exportedTurtleImportsBackIntoTheSameMap() throws IOException {
		Path b2c = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		Path turtle = folder.resolve("b2c.ttl");
		Path imported = folder.resolve("imported.cjm");

		assertEquals(ExitCode.OK, shell.run("export", "--format", "ttl", b2c.toString(), "-o", turtle.toString()), shell.err());
		Model graph = RDFDataMgr.loadModel(turtle.toString());
		assertTrue(graph.contains(null, RDF.type, CJM.JourneyMap), "a cjm:JourneyMap");

		assertEquals(ExitCode.OK, shell.run("import", turtle.toString(), "-o", imported.toString()), shell.err() + shell.out());
		assertTrue(EcoreUtil.equals(MapFiles.load(b2c), MapFiles.load(imported)), "import gives back the map");
	}

	@Test
	void theFormatFollowsTheFileNameAndTrigKeepsOneGraphPerMap() throws IOException {
		Path trig = bothSamplesAsTrig();

		Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
		List<String> graphs = new ArrayList<>();
		dataset.listModelNames().forEachRemaining(name -> graphs.add(name.getURI()));
		assertEquals(2, graphs.size(), "one named graph per map: " + graphs);
		assertTrue(shell.err().contains("wrote 2 maps as trig"), shell.err());
		assertTrue(shell.err().contains("[1/2] ") && shell.err().contains("[2/2] "), "progress per map: " + shell.err());
	}

	@Test
	void aWorkspaceExportedAsTrigImportsIntoANewFolderOneFilePerMap() throws IOException {
		Path trig = bothSamplesAsTrig();
		Path imported = folder.resolve("imported");

		assertEquals(ExitCode.OK, shell.run("import", trig.toString(), "-o", imported + "/"), shell.err());

		assertTrue(Files.isDirectory(imported), "a folder named with a trailing / is created");
		Path b2bFile = imported.resolve("buying-a-customer-service-platform-b2b.cjm");
		Path b2cFile = imported.resolve("buying-a-rain-jacket-online-b2c-e-commerce.cjm");
		try (var files = Files.list(imported)) {
			assertEquals(List.of(b2bFile, b2cFile), files.sorted().toList(), "one file per map, named after its title");
		}
		assertTrue(EcoreUtil.equals(MapFiles.load(folder.resolve(SampleMap.B2B_ENTERPRISE_SOFTWARE.fileName())),
				MapFiles.load(b2bFile)), "the B2B map comes back as it was");
		assertTrue(EcoreUtil.equals(MapFiles.load(folder.resolve(SampleMap.B2C_ONLINE_SHOP.fileName())),
				MapFiles.load(b2cFile)), "the B2C map comes back as it was");
	}

	@Test
	void importingManyMapsNeverOverwritesAndNeedsAFolder() throws IOException {
		Path trig = bothSamplesAsTrig();

		Path oneFile = folder.resolve("both.cjm");
		assertEquals(ExitCode.FAILURE, shell.run("import", trig.toString(), "-o", oneFile.toString()));
		assertTrue(shell.err().contains("holds 2 maps; give a folder"), shell.err());
		assertTrue(Files.notExists(oneFile));

		Path imported = Files.createDirectory(folder.resolve("imported"));
		assertEquals(ExitCode.OK, shell.run("import", trig.toString(), "-o", imported.toString()), shell.err());
		Path first;
		try (var files = Files.list(imported)) {
			first = files.sorted().findFirst().orElseThrow();
		}
		Files.writeString(first, "edited since");

		assertEquals(ExitCode.FAILURE, shell.run("import", trig.toString(), "-o", imported.toString()));
		assertTrue(shell.err().contains("exist(s) already"), shell.err());
		assertEquals("edited since", Files.readString(first), "nothing is overwritten");
	}

	/** Both samples copied into the test folder and exported with {@code cjm export} into one TriG file. */
	private Path bothSamplesAsTrig() throws IOException {
		Path trig = folder.resolve("both.trig");
		assertEquals(ExitCode.OK, shell.run("export", CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder).toString(),
				CjmShell.sample(SampleMap.B2B_ENTERPRISE_SOFTWARE, folder).toString(), "-o", trig.toString()), shell.err());
		return trig;
	}

	@Test
	void sparqlFindsTheBarriersThatRestOnNoEvidence() throws IOException {
		String query = "PREFIX cjm: <" + CJM.NS + "> SELECT (COUNT(?barrier) AS ?assumptions) WHERE { "
				+ "?barrier a cjm:Barrier FILTER NOT EXISTS { ?barrier cjm:evidence ?evidence } }";

		assertEquals(ExitCode.OK, shell.run("query", query, CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder).toString()), shell.err());

		assertTrue(shell.out().contains("assumptions") && shell.out().contains("4"), shell.out());
	}

	@Test
	void importNeverOverwritesAMapAndRefusesRdfWithoutOne() throws IOException {
		Path existing = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		byte[] before = Files.readAllBytes(existing);
		Path turtle = folder.resolve("nothing.ttl");
		Files.writeString(turtle, "<https://example.org/a> <https://example.org/b> \"c\" .\n");

		assertEquals(ExitCode.FAILURE, shell.run("import", turtle.toString(), "-o", existing.toString()));
		assertTrue(shell.err().contains("exists already"), shell.err());
		assertArrayEquals(before, Files.readAllBytes(existing));

		Path target = folder.resolve("new.cjm");
		assertEquals(ExitCode.FAILURE, shell.run("import", turtle.toString(), "-o", target.toString()));
		assertTrue(Files.notExists(target), "a refused import writes nothing");
	}

	@Test
	void aQueryThatIsNotSparqlIsAWrongCommandLine() throws IOException {
		assertEquals(ExitCode.USAGE, shell.run("query", "SELECT nonsense", CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder).toString()));
		assertTrue(shell.err().contains("the query is not SPARQL"), shell.err());
	}
}
