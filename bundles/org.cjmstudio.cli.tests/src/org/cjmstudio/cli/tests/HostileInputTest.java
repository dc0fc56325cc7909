package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RDF a hostile or careless tool wrote never crashes {@code cjm import}: what cannot be read is one line naming the
 * file and the reason (exit 3, nothing written); what can be read with losses is imported and the losses listed
 * (exit 1). Never a stack trace, never Jena's own log lines.
 */
class HostileInputTest {

	@TempDir
	Path folder;

	private final CjmShell shell = new CjmShell();
	private String turtle;

	@BeforeEach
	void exportSample() throws IOException {
		Path map = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		Path exported = folder.resolve("b2c.ttl");
		assertEquals(ExitCode.OK, shell.run("export", map.toString(), "-o", exported.toString()), shell.err());
		turtle = Files.readString(exported);
	}

	@Test
	void aPositionThatIsNotANumberIsReportedNotThrown() throws IOException {
		Path file = write("bad-position.ttl", turtle.replaceFirst("cjm:position\\s+0\\s*;",
				"cjm:position \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> ;"));
		Path target = folder.resolve("imported.cjm");

		assertEquals(ExitCode.PROBLEMS, shell.run("import", file.toString(), "-o", target.toString()), shell.err());
		assertTrue(shell.out().contains("'x' is not a whole number"), shell.out());
		assertNoCrash();
		assertEquals(6, MapFiles.load(target).getStages().size(), "every stage imported");
	}

	@Test
	void controlCharactersAreLeftOutAndNamed() throws IOException {
		int title = turtle.indexOf('"', turtle.indexOf("cjm:title"));
		Path file = write("control.ttl", turtle.substring(0, title + 1) + "\u0001\uFFFE" + turtle.substring(title + 1));
		Path target = folder.resolve("imported.cjm");

		assertEquals(ExitCode.PROBLEMS, shell.run("import", file.toString(), "-o", target.toString()), shell.err());
		assertTrue(shell.out().contains("U+0001, U+FFFE"), shell.out());
		assertNoCrash();
		JourneyMap imported = MapFiles.load(target);
		assertEquals("Buying a rain jacket online (B2C e-commerce)", imported.getTitle());
	}

	@Test
	void deeplyNestedJsonLdIsRefusedInOneLine() throws IOException {
		String deep = "{\"http://x/b\":".repeat(100_000) + "1" + "}".repeat(100_000);
		Path file = write("deep.jsonld", "{\"@id\":\"http://x/a\",\"http://x/b\":" + deep + "}");
		Path target = folder.resolve("imported.cjm");

		assertEquals(ExitCode.FAILURE, shell.run("import", file.toString(), "-o", target.toString()), shell.err());
		assertTrue(shell.err().contains(file + ": Not readable JSON-LD: it nests deeper"), shell.err());
		assertNoCrash();
		assertFalse(Files.exists(target), "nothing written");
	}

	@Test
	void deeplyNestedTurtleIsRefusedInOneLine() throws IOException {
		String deep = "[ :b ".repeat(100_000) + ":c" + " ]".repeat(100_000);
		Path file = write("deep.ttl", "@prefix : <http://x/> .\n:a :b " + deep + " .\n");
		Path target = folder.resolve("imported.cjm");

		int exit = shell.run("import", file.toString(), "-o", target.toString());

		assertEquals(ExitCode.FAILURE, exit, shell.err());
		assertTrue(shell.err().startsWith("cjm import: " + file + ": "), shell.err());
		assertNoCrash();
		assertFalse(Files.exists(target), "nothing written");
	}

	@Test
	void rdfXmlWithADoctypeIsRefusedSoNoEntityPullsInAFile() throws IOException {
		Path secret = write("secret.txt", "PIN 1234");
		Path file = write("entity.rdf", "<?xml version=\"1.0\"?>\n<!-- exported by a careless tool -->\n"
				+ "<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>\n"
				+ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
				+ "xmlns:cjm=\"https://w3id.org/cjmstudio/ontology#\">\n"
				+ "  <cjm:JourneyMap rdf:about=\"https://w3id.org/cjmstudio/id/0b7f1d2e-0000-4000-8000-000000000001\">"
				+ "<cjm:title>Map &secret;</cjm:title></cjm:JourneyMap>\n</rdf:RDF>\n");
		Path target = folder.resolve("imported.cjm");

		assertEquals(ExitCode.FAILURE, shell.run("import", file.toString(), "-o", target.toString()), shell.err());
		assertTrue(shell.err().contains(file + ": it declares a DOCTYPE"), shell.err());
		assertNoCrash();
		assertFalse(Files.exists(target), "nothing written");
	}

	@Test
	void fifosAreRefusedInsteadOfWaitedOn() throws Exception {
		Path turtleFifo = fifo("pipe.ttl");
		Path mapFifo = fifo("pipe.cjm");

		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			assertEquals(ExitCode.FAILURE, shell.run("import", turtleFifo.toString(), "-o",
					folder.resolve("imported.cjm").toString()), shell.err());
			assertTrue(shell.err().contains("not a regular file"), shell.err());
			assertEquals(ExitCode.FAILURE, shell.run("validate", mapFifo.toString()), shell.err());
			assertTrue(shell.err().contains("not a regular file"), shell.err());
			assertEquals(ExitCode.FAILURE, shell.run("export", mapFifo.toString(), "-o",
					folder.resolve("out.ttl").toString()), shell.err());
			assertTrue(shell.err().contains("not a regular file"), shell.err());
		});
	}

	private Path fifo(String name) throws Exception {
		Path fifo = folder.resolve(name);
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo (coreutils) made no FIFO");
		return fifo;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private void assertNoCrash() {
		String all = shell.out() + shell.err();
		assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Error:"), all);
		assertFalse(all.contains("org.apache.jena"), "Jena's own log lines reach the user:\n" + all);
	}
}
