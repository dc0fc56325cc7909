package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.testing.fuzz.FuzzRun;
import org.cjmstudio.testing.fuzz.Mutations;
import org.cjmstudio.testing.fuzz.Mutations.Mutant;
import org.cjmstudio.testing.fuzz.Mutations.Nesting;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportFormat;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the readers mutated copies of the sample maps and of their RDF exports (seeded, 1,000 inputs per reader;
 * {@link FuzzRun} says how to replay or run more). Whatever the damage, each input is read within the time limit,
 * nothing but the documented refusal escapes, a refusal names the file and a reason, the input's bytes stay as they
 * were, and a refused import writes no map.
 */
class ReadersFuzzTest {

	/** The RDF formats a user imports, each with how it nests; inputs go round them in turn. */
	private static final List<String> RDF_EXTENSIONS = List.of("ttl", "jsonld", "rdf", "nt", "trig");

	@TempDir
	Path folder;

	private final CjmShell shell = new CjmShell();
	private final MapValidation validation = MapValidation.installed();

	@Test
	void damagedMapFilesAreRefusedNamingTheFileOrLoadAndValidate() throws IOException {
		List<byte[]> samples = new ArrayList<>();
		for (SampleMap sample : SampleMap.values()) {
			samples.add(Files.readAllBytes(CjmShell.sample(sample, folder)));
		}
		try (FuzzRun run = new FuzzRun("map file (.cjm)")) {
			for (int i = 0; run.more(i); i++) {
				Mutations mutations = new Mutations(run.randomFor(i), Nesting.XML);
				Mutant mutant = mutations.mutate(samples.get(i % samples.size()));
				Path file = Files.write(folder.resolve("input-" + i + ".cjm"), mutant.bytes());
				int index = i;
				String refusal = run.withinLimit(i, mutant.done(), () -> {
					try {
						JourneyMap map = MapFiles.load(file);
						validation.validate(map); // a loaded map, however odd, is checked, not crashed on
						return null;
					} catch (MapFileException refused) {
						return refused.getMessage().contains(file.toString()) && refused.file().equals(file)
								&& !refused.reason().isBlank() ? null
										: "was refused without naming the file and a reason: " + refused.getMessage();
					}
				});
				check(run, index, mutant, file, refusal);
				Files.delete(file);
			}
		}
	}

	@Test
	void damagedRdfIsRefusedNamingTheFileAndWritesNothingOrImports() throws IOException {
		Path map = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		List<byte[]> exports = new ArrayList<>();
		for (String extension : RDF_EXTENSIONS) {
			Path exported = folder.resolve("sample." + extension);
			assertEquals(ExitCode.OK, shell.run("export", map.toString(), "-o", exported.toString()), shell.err());
			exports.add(Files.readAllBytes(exported));
		}
		try (FuzzRun run = new FuzzRun("RDF import")) {
			for (int i = 0; run.more(i); i++) {
				String extension = RDF_EXTENSIONS.get(i % RDF_EXTENSIONS.size());
				Nesting nesting = switch (extension) {
				case "jsonld" -> Nesting.JSON;
				case "rdf" -> Nesting.XML;
				default -> Nesting.TURTLE;
				};
				Mutant mutant = new Mutations(run.randomFor(i), nesting).mutate(exports.get(i % exports.size()));
				Path file = Files.write(folder.resolve("input-" + i + "." + extension), mutant.bytes());
				Path target = folder.resolve("imported-" + i + ".cjm");
				int index = i;
				ImportFormat format = Formats.importers().forFile(file).orElseThrow();
				String problem = run.withinLimit(i, mutant.done(), () -> {
					// The importer's own contract first: maps, or an IOException that says why.
					boolean refused = false;
					try {
						format.read(file, false);
					} catch (IOException refusal) {
						if (refusal.getMessage() == null || refusal.getMessage().isBlank()) {
							return "was refused without a reason";
						}
						refused = true;
					}
					// Then as a user runs it: exit code, one line naming the file, nothing written on refusal. Every
					// refusal goes through the command; of the accepted inputs (saved and loaded again, the slow part)
					// every fifth, which keeps 1,000 inputs within about a minute.
					if (!refused && index % 5 != 0) {
						return null;
					}
					int exit = shell.run("import", file.toString(), "-o", target.toString());
					return userSees(exit, file, target);
				});
				check(run, index, mutant, file, problem);
				Files.delete(file);
				Files.deleteIfExists(target);
			}
		}
	}

	/** Found by this fuzz: a text over the XML parser's 100,000-character limit was saved but could not be opened. */
	@Test
	void aMapWithAVeryLongTextIsOpenedAgainAfterSaving() throws IOException {
		JourneyMap map = MapFiles.load(CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder));
		String longTitle = "A pasted interview transcript ".repeat(10_000);
		map.setTitle(longTitle);
		Path saved = folder.resolve("long.cjm");
		MapFiles.save(map, saved);

		assertEquals(longTitle, MapFiles.load(saved).getTitle());
	}

	/** What is wrong with what {@code cjm import} told the user, or null when it is what the README promises. */
	private String userSees(int exit, Path file, Path target) {
		String all = shell.out() + shell.err();
		if (all.contains("Exception") || all.contains("\tat ") || all.contains("Error:")
				|| all.contains("org.apache.jena")) {
			return "showed a stack trace or a library's log:\n" + all;
		}
		if (exit != ExitCode.OK && exit != ExitCode.PROBLEMS && exit != ExitCode.FAILURE) {
			return "exited " + exit + ", not 0, 1 or 3:\n" + all;
		}
		if (Files.exists(target)) {
			if (exit == ExitCode.FAILURE) {
				return "was refused but wrote " + target;
			}
			try {
				MapFiles.load(target);
			} catch (MapFileException unreadable) {
				return "wrote a map that does not load again: " + unreadable.getMessage();
			}
			return null;
		}
		if (exit == ExitCode.OK) {
			return "exited 0 but wrote no map:\n" + all;
		}
		// Refused, as unreadable (3) or as a map that cannot exist as it stands (1): nothing written, and a line that
		// names the file and the reason.
		String prefix = "cjm import: " + file + ": ";
		return shell.err().lines().anyMatch(line -> line.startsWith(prefix) && line.length() > prefix.length()) ? null
				: "was refused without a line naming the file and a reason:\n" + shell.err();
	}

	private static void check(FuzzRun run, int index, Mutant mutant, Path file, String problem) throws IOException {
		if (problem == null && !Arrays.equals(mutant.bytes(), Files.readAllBytes(file))) {
			problem = "changed the input file";
		}
		if (problem != null) {
			run.keep(file);
			throw run.failure(index, mutant.done(), problem, null);
		}
	}
}
