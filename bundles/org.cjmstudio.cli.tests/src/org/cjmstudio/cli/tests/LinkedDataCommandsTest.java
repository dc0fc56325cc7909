package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.cli.Cli;
import org.cjmstudio.cli.Console;
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

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void exportedTurtleImportsBackIntoTheSameMap() throws IOException {
		Path b2c = sample(SampleMap.B2C_ONLINE_SHOP);
		Path turtle = folder.resolve("b2c.ttl");
		Path imported = folder.resolve("imported.cjm");

		assertEquals(ExitCode.OK, cjm("export", "--format", "ttl", b2c.toString(), "-o", turtle.toString()), err());
		Model graph = RDFDataMgr.loadModel(turtle.toString());
		assertTrue(graph.contains(null, RDF.type, CJM.JourneyMap), "a cjm:JourneyMap");

		assertEquals(ExitCode.OK, cjm("import", turtle.toString(), "-o", imported.toString()), err() + out());
		assertTrue(EcoreUtil.equals(MapFiles.load(b2c), MapFiles.load(imported)), "import gives back the map");
	}

	@Test
	void theFormatFollowsTheFileNameAndTrigKeepsOneGraphPerMap() throws IOException {
		Path trig = folder.resolve("both.trig");

		assertEquals(ExitCode.OK, cjm("export", sample(SampleMap.B2C_ONLINE_SHOP).toString(),
				sample(SampleMap.B2B_ENTERPRISE_SOFTWARE).toString(), "-o", trig.toString()), err());

		Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
		List<String> graphs = new ArrayList<>();
		dataset.listModelNames().forEachRemaining(name -> graphs.add(name.getURI()));
		assertEquals(2, graphs.size(), "one named graph per map: " + graphs);
		assertTrue(err().contains("wrote 2 maps as trig"), err());
		assertTrue(err().contains("[1/2] ") && err().contains("[2/2] "), "progress per map: " + err());
	}

	@Test
	void sparqlFindsTheBarriersThatRestOnNoEvidence() throws IOException {
		String query = "PREFIX cjm: <" + CJM.NS + "> SELECT (COUNT(?barrier) AS ?assumptions) WHERE { "
				+ "?barrier a cjm:Barrier FILTER NOT EXISTS { ?barrier cjm:evidence ?evidence } }";

		assertEquals(ExitCode.OK, cjm("query", query, sample(SampleMap.B2C_ONLINE_SHOP).toString()), err());

		assertTrue(out().contains("assumptions") && out().contains("4"), out());
	}

	@Test
	void importNeverOverwritesAMapAndRefusesRdfWithoutOne() throws IOException {
		Path existing = sample(SampleMap.B2C_ONLINE_SHOP);
		byte[] before = Files.readAllBytes(existing);
		Path turtle = folder.resolve("nothing.ttl");
		Files.writeString(turtle, "<https://example.org/a> <https://example.org/b> \"c\" .\n");

		assertEquals(ExitCode.FAILURE, cjm("import", turtle.toString(), "-o", existing.toString()));
		assertTrue(err().contains("exists already"), err());
		assertArrayEquals(before, Files.readAllBytes(existing));

		Path target = folder.resolve("new.cjm");
		assertEquals(ExitCode.FAILURE, cjm("import", turtle.toString(), "-o", target.toString()));
		assertTrue(Files.notExists(target), "a refused import writes nothing");
	}

	@Test
	void aQueryThatIsNotSparqlIsAWrongCommandLine() throws IOException {
		assertEquals(ExitCode.USAGE, cjm("query", "SELECT nonsense", sample(SampleMap.B2C_ONLINE_SHOP).toString()));
		assertTrue(err().contains("the query is not SPARQL"), err());
	}

	private int cjm(String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(List.of(arguments));
	}

	private Path sample(SampleMap sample) throws IOException {
		Path file = folder.resolve(sample.fileName());
		if (Files.notExists(file)) {
			try (InputStream in = sample.open()) {
				Files.copy(in, file);
			}
		}
		return file;
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
