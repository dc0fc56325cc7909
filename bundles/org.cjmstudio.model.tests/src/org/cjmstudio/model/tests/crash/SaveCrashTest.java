package org.cjmstudio.model.tests.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.testing.processes.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power goes, or the workbench is killed, while a big map is being saved: a real process saving a map of 20,000
 * steps again and again is killed with SIGKILL at random moments, and each time the file opens and is the whole map
 * of the last save that returned or of the one in flight, never a mix, never a half; and what a killed save left
 * beside it (its temporary file) is removed by the next save, so crashes do not fill the folder.
 */
@Timeout(300)
class SaveCrashTest {

	private static final int STEPS = 20_000;
	private static final int KILLS = 8;

	@TempDir
	Path folder;

	@Test
	void aSaveKilledAtAnyMomentLeavesTheOldMapOrTheNewWhole() throws Exception {
		Path file = folder.resolve("big.cjm");
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		String expected = null; // what the file held before the round: none at first
		for (int kill = 1; kill <= KILLS; kill++) {
			String round = "round " + kill;
			long lastSaved;
			try (ChildJvm saving = ChildJvm.start(SaveLoop.class, file.toString(), round, Integer.toString(STEPS))) {
				// a random moment within the first few saves: while writing, forcing, renaming or between saves
				saving.awaitLine(line -> line.startsWith("saved "), Duration.ofSeconds(120));
				Thread.sleep(random.nextInt(1_500));
				saving.kill();
				lastSaved = saving.output().stream().filter(line -> line.startsWith("saved " + round + " ")).count();
			}
			JourneyMap map = MapFiles.load(file);
			Set<String> whole = Set.of(SaveLoop.title(round, (int) lastSaved),
					SaveLoop.title(round, (int) lastSaved + 1));
			assertTrue(whole.contains(map.getTitle()), "kill " + kill + " (seed " + seed + "): the file holds '"
					+ map.getTitle() + "', expected one of " + whole + " (before the round: " + expected + ")");
			assertEquals(STEPS, map.getStages().stream().map(Stage::getSteps).mapToInt(List::size).sum(),
					"kill " + kill + ": every step is in the file");
			expected = map.getTitle();
			assertTrue(leftovers(file).size() <= 1, "kill " + kill + ": the next save removes what a killed one left, "
					+ "so at most the last kill's temporary file is there: " + leftovers(file));
		}
		System.out.println("SaveCrashTest: " + KILLS + " kills (seed " + seed + "), the file was whole each time; left "
				+ "behind: " + leftovers(file));
	}

	private List<String> leftovers(Path file) throws IOException {
		try (var files = Files.list(folder)) {
			return files.filter(f -> !f.equals(file)).map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
