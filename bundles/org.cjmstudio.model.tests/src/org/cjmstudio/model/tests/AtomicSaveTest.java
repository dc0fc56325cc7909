package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Saving never leaves a half-written map behind, whatever happens during the save. */
class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void aSavedMapLoadsBackEqual() throws IOException {
		JourneyMap map = new MapFixtures().map;
		Path file = folder.resolve("bike.cjm");

		MapFiles.save(map, file);

		assertTrue(EcoreUtil.equals(map, MapFiles.load(file)));
		assertEquals(List.of(file), listFolder(), "no temporary file may stay behind");
	}

	/** U+FFFF EMF wrote without a word, into a file that then could not be opened (found by the transcript fuzz). */
	@ParameterizedTest
	@ValueSource(strings = { "\u0001", "\uFFFF", "\f" })
	void textAMapFileCannotHoldFailsTheSaveWithAReasonAndKeepsTheOldFile(String unholdable) throws IOException {
		JourneyMap map = new MapFixtures().map;
		Path file = folder.resolve("bike.cjm");
		MapFiles.save(map, file);
		byte[] before = Files.readAllBytes(file);
		map.setTitle("Pasted " + unholdable + " from a terminal");

		IOException refused = assertThrows(IOException.class, () -> MapFiles.save(map, file));

		assertTrue(refused.getMessage().contains("the title of journey map 'Pasted  from a terminal' holds U+"
				+ String.format("%04X", (int) unholdable.charAt(0))), refused.getMessage());
		assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), listFolder(), "no temporary file may stay behind");
	}

	@Test
	void whileANewVersionIsBeingWrittenTheOldFileIsStillWhole() throws IOException {
		Path file = folder.resolve("bike.cjm");
		MapFiles.save(new MapFixtures().map, file);
		byte[] before = Files.readAllBytes(file);

		AtomicFileWriter.write(file, out -> {
			out.write("<?xml version=\"1.0\"?><half".getBytes(StandardCharsets.UTF_8));
			// A crash at this moment (power loss, killed process) would find the old map untouched:
			assertArrayEquals(before, Files.readAllBytes(file));
			out.write("/>".getBytes(StandardCharsets.UTF_8));
		});

		assertEquals("<?xml version=\"1.0\"?><half/>", Files.readString(file));
	}

	@Test
	void aSaveThatFailsHalfwayLeavesTheOldFileAndNoLitter() throws IOException {
		Path file = folder.resolve("bike.cjm");
		MapFiles.save(new MapFixtures().map, file);
		byte[] before = Files.readAllBytes(file);

		IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write(new byte[4096]);
			throw new IOException("disk full (simulated)");
		}));

		assertEquals("disk full (simulated)", failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), listFolder());
	}

	@Test
	void aCrashInsideTheWriterLeavesTheOldFile() throws IOException {
		Path file = folder.resolve("bike.cjm");
		MapFiles.save(new MapFixtures().map, file);
		byte[] before = Files.readAllBytes(file);

		assertThrows(OutOfMemoryError.class, () -> AtomicFileWriter.write(file, out -> {
			out.write(1);
			throw new OutOfMemoryError("simulated");
		}));

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), listFolder());
	}

	@Test
	void aSavedFileKeepsThePermissionsOfTheFileItReplaces() throws IOException {
		Path file = folder.resolve("shared.cjm");
		MapFiles.save(new MapFixtures().map, file);
		assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(file),
				"a new map is readable by the team, not owner-only like a temporary file");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

		MapFiles.save(new MapFixtures().map, file);

		assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(file));
	}

	/** A save killed halfway leaves its temporary file; the next save of the same file removes it (SaveCrashTest). */
	@Test
	void theNextSaveRemovesWhatAKilledSaveLeftBehindAndNothingElse() throws IOException {
		Path file = folder.resolve("bike.cjm");
		Path killed = Files.writeString(folder.resolve(".bike.cjm.4711.saving"), "<?xml version=\"1.0\"?><half");
		Path otherMaps = Files.writeString(folder.resolve(".bike.cjm2.4711.saving"), "another map's");
		Path notOurs = Files.writeString(folder.resolve(".bike.cjm.notes.saving"), "a user's file");
		for (Path old : List.of(killed, otherMaps, notOurs)) {
			Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		}

		MapFiles.save(new MapFixtures().map, file);

		assertEquals(List.of(otherMaps, notOurs, file).stream().map(Path::getFileName).map(Path::toString).sorted()
				.toList(), listFolder().stream().map(Path::getFileName).map(Path::toString).sorted().toList());
	}

	private List<Path> listFolder() throws IOException {
		try (var files = Files.list(folder)) {
			return files.toList();
		}
	}
}
