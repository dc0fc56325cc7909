package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged map file is reported with where and what went wrong, and is never modified by the attempt. */
class CorruptMapFileTest {

	@TempDir
	Path folder;

	@Test
	void aTruncatedFileIsReportedWithItsPosition() throws IOException {
		Path file = folder.resolve("truncated.cjm");
		MapFiles.save(new MapFixtures().map, file);
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length / 2));

		MapFileException problem = failsToLoadUnchanged(file);

		assertTrue(problem.line() > 1, "line " + problem.line());
		assertTrue(problem.getMessage().startsWith("Cannot open the journey map '" + file + "' at line "),
				problem.getMessage());
		assertTrue(problem.getMessage().contains("not well-formed XML"), problem.getMessage());
		assertTrue(problem.getMessage().endsWith("The file was not changed."), problem.getMessage());
	}

	@Test
	void garbageIsNotWellFormed() throws IOException {
		Path file = folder.resolve("garbage.cjm");
		Files.writeString(file, "this is a shopping list, not a map");

		MapFileException problem = failsToLoadUnchanged(file);

		assertEquals(1, problem.line());
		assertTrue(problem.reason().contains("not well-formed XML"), problem.reason());
	}

	@Test
	void anEmptyFileIsReported() throws IOException {
		Path file = folder.resolve("empty.cjm");
		Files.write(file, new byte[0]);

		assertTrue(failsToLoadUnchanged(file).reason().contains("not well-formed XML"));
	}

	@Test
	void anUnknownFieldIsReportedWithItsLine() throws IOException {
		Path file = folder.resolve("unknown.cjm");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<cjm:JourneyMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:cjm="https://w3id.org/cjmstudio/model/1.0" id="m1" title="Bikes">
				  <stages id="s1" name="Need" mood="sunny"/>
				</cjm:JourneyMap>
				""");

		MapFileException problem = failsToLoadUnchanged(file);

		assertEquals(4, problem.line());
		assertTrue(problem.reason().contains("does not match the journey-map format"), problem.reason());
		assertTrue(problem.reason().contains("mood"), problem.reason());
	}

	@Test
	void aDateThatDoesNotExistIsRefusedNotMovedToAnotherDay() throws IOException {
		for (String date : new String[] { "2025-13-07T12:00:00.000+0000", "2025-02-30", "2025-04-07T25:00:00" }) {
			Path file = folder.resolve("date.cjm");
			Files.writeString(file, """
					<?xml version="1.0" encoding="UTF-8"?>
					<cjm:JourneyMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
					    xmlns:cjm="https://w3id.org/cjmstudio/model/1.0" id="m1" title="Bikes"
					    created="%s"/>
					""".formatted(date));

			MapFileException problem = failsToLoadUnchanged(file);

			assertEquals(4, problem.line(), problem.getMessage());
			assertTrue(problem.reason().contains("'" + date + "' is not a real date"), problem.reason());
		}
	}

	@Test
	void theDatesCjmStudioWritesReadBack() throws IOException {
		Path file = folder.resolve("dates.cjm");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<cjm:JourneyMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:cjm="https://w3id.org/cjmstudio/model/1.0" id="m1" title="Bikes"
				    created="2024-02-29T23:59:59.999+0100" modified="2025-04-07"/>
				""");

		JourneyMap map = MapFiles.load(file);

		assertEquals(Instant.parse("2024-02-29T22:59:59.999Z"), map.getCreated().toInstant());
		assertNotNull(map.getModified());
	}

	@Test
	void aFileWhoseRootIsNoMapIsRefused() throws IOException {
		Path file = folder.resolve("stage.cjm");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<cjm:Stage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:cjm="https://w3id.org/cjmstudio/model/1.0" id="s1" name="Need"/>
				""");

		assertEquals("it holds no journey map (its first element is a Stage).", failsToLoadUnchanged(file).reason());
	}

	@Test
	void aMissingFileIsReported() {
		Path file = folder.resolve("missing.cjm");

		MapFileException problem = assertThrows(MapFileException.class, () -> MapFiles.load(file));

		assertEquals("the file does not exist.", problem.reason());
		assertTrue(Files.notExists(file));
	}

	@Test
	void aFailedLoadLeavesNothingInTheResourceSet() throws IOException {
		Path file = folder.resolve("garbage.cjm");
		Files.writeString(file, "<not-a-map");
		ResourceSet resourceSet = MapFiles.newResourceSet();

		assertThrows(MapFileException.class, () -> MapFiles.load(file, resourceSet));

		assertEquals(0, resourceSet.getResources().size());
	}

	@Test
	void aDoctypeIsRefusedSoNoEntityCanPullInAFile() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "PIN 1234");
		Path file = folder.resolve("entity.cjm");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE cjm:JourneyMap [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>\n"
				+ "<cjm:JourneyMap xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:cjm=\"https://w3id.org/cjmstudio/model/1.0\" title=\"Map &secret;\"/>\n");

		MapFileException problem = failsToLoadUnchanged(file);

		assertEquals(2, problem.line());
		assertTrue(problem.reason().contains("it declares a DOCTYPE"), problem.reason());
	}

	@Test
	void twoMapsInOneFileAreNamedNotHalfOpened() throws IOException {
		Path file = folder.resolve("two.cjm");
		String map = "<cjm:JourneyMap xmlns:cjm=\"https://w3id.org/cjmstudio/model/1.0\" title=\"%s\"/>";
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\">" + map.formatted("One") + map.formatted("Two") + "</xmi:XMI>");

		assertTrue(failsToLoadUnchanged(file).reason().contains("it holds 2 top-level elements"));
	}

	@Test
	void aFifoIsRefusedInsteadOfWaitedOn() throws Exception {
		Path fifo = folder.resolve("pipe.cjm");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && mkfifo.exitValue() == 0);

		MapFileException problem = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
				() -> assertThrows(MapFileException.class, () -> MapFiles.load(fifo)));

		assertTrue(problem.reason().contains("not a regular file"), problem.reason());
	}

	/**
	 * Before the fix every reference to a missing id walked the whole map again: 4,000 of them on a map of 4,000
	 * steps took about 3 s (16 million element visits), 100,000 on a real map 15 s. Now they are refused in
	 * linear time.
	 */
	@Test
	void danglingReferencesAreRefusedInLinearTime() throws IOException {
		// compared with a map of an eighth the size, timed alike in the same run, so a loaded machine cannot fail
		// it: linear costs 8 times as much, quadratic (the defect: each reference searched the whole map) 64 times
		Path small = danglingReferences(500);
		Path big = danglingReferences(4_000);
		failsToLoadUnchanged(small); // warms up the parser

		long smallNanos = fastestRefusal(small);
		long bigNanos = fastestRefusal(big);

		assertTrue(failsToLoadUnchanged(big).reason().contains("Unresolved reference 'missing-0'"));
		assertTrue(bigNanos < 24 * smallNanos, "refusing 4,000 dangling references took " + bigNanos / 1_000_000
				+ " ms, 500 took " + smallNanos / 1_000_000 + " ms");
	}

	private Path danglingReferences(int steps) throws IOException {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cjm:JourneyMap "
				+ "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cjm=\"https://w3id.org/cjmstudio/"
				+ "model/1.0\" id=\"m\" title=\"Big\">\n<stages id=\"s\" name=\"Usage\">\n");
		for (int i = 0; i < steps; i++) {
			xml.append("<steps id=\"step-").append(i).append("\" name=\"Step ").append(i).append("\"/>\n");
		}
		xml.append("<barriers id=\"b\" name=\"Slow\" evidence=\"");
		for (int i = 0; i < steps; i++) {
			xml.append("#missing-").append(i).append(' ');
		}
		xml.append("\"/>\n</stages>\n</cjm:JourneyMap>\n");
		return Files.writeString(folder.resolve("dangling-" + steps + ".cjm"), xml);
	}

	/** The fastest of three refusals: the least disturbed by whatever else the machine is doing. */
	private static long fastestRefusal(Path file) throws IOException {
		long fastest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			failsToLoadUnchanged(file);
			fastest = Math.min(fastest, System.nanoTime() - start);
		}
		return fastest;
	}

	private static MapFileException failsToLoadUnchanged(Path file) throws IOException {
		byte[] before = Files.readAllBytes(file);
		var modifiedBefore = Files.getLastModifiedTime(file);
		MapFileException problem = assertThrows(MapFileException.class, () -> MapFiles.load(file));
		assertArrayEquals(before, Files.readAllBytes(file), "loading must not change the file");
		assertEquals(modifiedBefore, Files.getLastModifiedTime(file));
		assertEquals(file, problem.file());
		return problem;
	}
}
