package org.cjmstudio.formats.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportFormat;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.fuzz.FuzzRun;
import org.cjmstudio.testing.fuzz.Mutations;
import org.cjmstudio.testing.fuzz.Mutations.Mutant;
import org.cjmstudio.testing.fuzz.Mutations.Nesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the open formats that read (cards CSV and CJML; Mermaid and TheyDo are written only) mutated copies of the
 * sample maps' exports, seeded, for a few seconds each ({@link FuzzRun} says how to replay or run more). Whatever the
 * damage, each file is read in time, only the documented refusal escapes and it names the file and a reason ("FILE:
 * not a cards CSV: ..."), the input's bytes stay as they were and nothing is written; every map it accepts saves and
 * opens again.
 */
class OpenFormatsFuzzTest {

	private static final Duration BUDGET = Duration.ofSeconds(4);

	@TempDir
	Path dir;

	@Test
	void damagedCardsCsvIsRefusedNamingTheFileOrImportsMapsThatOpenAgain() throws IOException {
		fuzz("cards-csv", "csv", "a cards CSV", Nesting.QUOTES);
	}

	@Test
	void damagedCjmlIsRefusedNamingTheFileOrImportsMapsThatOpenAgain() throws IOException {
		fuzz("cjml", "cjml", "a CJML document", Nesting.XML);
	}

	private void fuzz(String format, String extension, String what, Nesting nesting) throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		for (SampleMap sample : SampleMap.values()) {
			Path map = dir.resolve(sample.fileName());
			try (InputStream in = sample.open()) {
				Files.copy(in, map);
			}
			Path exported = dir.resolve(sample.name() + "." + extension);
			Formats.exporters().named(format).orElseThrow().write(List.of(MapFiles.load(map)), exported);
			seeds.add(Files.readAllBytes(exported));
			Files.delete(exported);
			Files.delete(map);
		}
		ImportFormat importer = Formats.importers().named(format).orElseThrow();
		try (FuzzRun run = FuzzRun.timed(format + " import", BUDGET)) {
			for (int i = 0; run.more(i); i++) {
				Mutant mutant = new Mutations(run.randomFor(i), nesting).mutate(seeds.get(i % seeds.size()));
				Path file = Files.write(dir.resolve("input-" + i + "." + extension), mutant.bytes());
				String refusal = file.getFileName() + ": not " + what + ": ";
				String problem = run.withinLimit(i, mutant.done(), () -> {
					ImportedMaps imported;
					try {
						imported = importer.read(file, false);
					} catch (IOException refused) {
						String message = String.valueOf(refused.getMessage());
						return message.startsWith(refusal) && message.length() > refusal.length() ? null
								: "was refused without naming the file and a reason: " + message;
					}
					return opensAgain(imported, run.scratch());
				});
				if (problem == null && !Arrays.equals(mutant.bytes(), Files.readAllBytes(file))) {
					problem = "changed the input file";
				}
				if (problem == null && !onlyFileIn(dir, file)) {
					problem = "wrote beside the input file";
				}
				if (problem != null) {
					run.keep(file);
					throw run.failure(i, mutant.done(), problem, null);
				}
				Files.delete(file);
			}
		}
	}

	/** What is wrong with the maps a user would save from this import, or null when each saves and opens again. */
	private static String opensAgain(ImportedMaps imported, Path scratch) throws IOException {
		Path saved = scratch.resolve("imported.cjm");
		try {
			for (JourneyMap map : imported.maps()) {
				MapFiles.save(map, saved);
				MapFiles.load(saved);
			}
			return null;
		} catch (IOException unsaveable) { // MapFileException among them
			return "imported a map that cannot be saved and opened again: " + unsaveable.getMessage();
		} finally {
			Files.deleteIfExists(saved);
		}
	}

	private static boolean onlyFileIn(Path folder, Path file) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.allMatch(file::equals);
		}
	}
}
