package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cjm export} and {@code cjm render} never destroy a file: not one of their inputs, not an existing file
 * without {@code --force}, never a link or a FIFO; and a target they cannot write is named with the reason.
 */
class ExportNeverDestroysTest {

	private static final byte[] PRECIOUS = "a file the user keeps\n".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	private final CjmShell shell = new CjmShell();
	private Path map;
	private byte[] mapBytes;

	@BeforeEach
	void copySample() throws IOException {
		map = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		mapBytes = Files.readAllBytes(map);
	}

	@Test
	void exportOverItsOwnInputIsRefusedEvenWithForce() throws IOException {
		for (String[] force : new String[][] { {}, { "--force" } }) {
			int exit = shell.run(concat(new String[] { "export", "--format", "ttl", map.toString(), "-o",
					map.toString() }, force));

			assertEquals(ExitCode.FAILURE, exit, shell.err());
			assertTrue(shell.err().contains(map + " is one of the files read"), shell.err());
			assertArrayEquals(mapBytes, Files.readAllBytes(map), "the map must be untouched");
		}
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForce() throws IOException {
		Path turtle = Files.write(folder.resolve("published.ttl"), PRECIOUS);

		assertEquals(ExitCode.FAILURE, shell.run("export", map.toString(), "-o", turtle.toString()), shell.err());
		assertTrue(shell.err().contains("give --force to replace it"), shell.err());
		assertArrayEquals(PRECIOUS, Files.readAllBytes(turtle));

		assertEquals(ExitCode.OK, shell.run("export", map.toString(), "-o", turtle.toString(), "--force"),
				shell.err());
		assertTrue(Files.readString(turtle).contains(CJM.NS), "replaced by the export");
	}

	@Test
	void aLinkIsNeverReplacedByAFile() throws IOException {
		Path kept = Files.write(folder.resolve("kept.ttl"), PRECIOUS);
		Path link = Files.createSymbolicLink(folder.resolve("link.ttl"), kept);

		assertEquals(ExitCode.FAILURE, shell.run("export", map.toString(), "-o", link.toString(), "--force"),
				shell.err());
		assertTrue(shell.err().contains("is not a regular file"), shell.err());
		assertTrue(Files.isSymbolicLink(link), "still a link");
		assertArrayEquals(PRECIOUS, Files.readAllBytes(kept));
	}

	@Test
	void aFifoIsRefusedWithoutBlocking() throws Exception {
		Path fifo = folder.resolve("pipe.ttl");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo (coreutils) made no FIFO");

		assertEquals(ExitCode.FAILURE, shell.run("export", map.toString(), "-o", fifo.toString(), "--force"),
				shell.err());
		assertTrue(shell.err().contains("is not a regular file"), shell.err());
		assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo), "still a FIFO");
	}

	@Test
	void anEmptyOutputNameIsAUsageError() throws IOException {
		assertEquals(ExitCode.USAGE, shell.run("export", map.toString(), "-o", ""), shell.err());
		assertEquals(ExitCode.USAGE, shell.run("render", map.toString(), "-o", " "), shell.err());

		Path turtle = folder.resolve("map.ttl");
		assertEquals(ExitCode.OK, shell.run("export", map.toString(), "-o", turtle.toString()), shell.err());
		Path workingFolder = Path.of("").toAbsolutePath();
		try (var before = Files.list(workingFolder)) {
			long files = before.count();
			assertEquals(ExitCode.USAGE, shell.run("import", turtle.toString(), "-o", ""), shell.err());
			assertTrue(shell.err().contains("-o names the map file"), shell.err());
			try (var after = Files.list(workingFolder)) {
				assertEquals(files, after.count(), "nothing written into the working folder");
			}
		}
	}

	@Test
	void aFileWhereAFolderShouldBeIsNamed() throws IOException {
		Path file = Files.write(folder.resolve("a-file"), PRECIOUS);

		assertEquals(ExitCode.FAILURE, shell.run("export", map.toString(), "-o", file.resolve("out.ttl").toString()),
				shell.err());
		assertTrue(shell.err().contains(file + " is a file, not a folder"), shell.err());
		assertArrayEquals(PRECIOUS, Files.readAllBytes(file));
	}

	@Test
	void anUnwritableTargetIsNamedWithItsReason() {
		Path proc = Path.of("/proc/cjm-export-test.ttl");
		assertTrue(Files.isDirectory(proc.getParent()), "a Linux /proc to write into");

		assertEquals(ExitCode.FAILURE, shell.run("export", map.toString(), "-o", proc.toString()), shell.err());
		assertTrue(shell.err().startsWith("cjm export: ") && shell.err().contains(proc.toString()), shell.err());
		assertTrue(shell.err().contains("nothing was written"), shell.err());
	}

	@Test
	void renderDoesNotReplaceAnExistingPictureWithoutForce() throws IOException {
		Path picture = Files.write(folder.resolve("map.png"), PRECIOUS);

		assertEquals(ExitCode.FAILURE, shell.run("render", map.toString(), "-o", picture.toString()), shell.err());
		assertTrue(shell.err().contains("give --force to replace it"), shell.err());
		assertArrayEquals(PRECIOUS, Files.readAllBytes(picture));
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
