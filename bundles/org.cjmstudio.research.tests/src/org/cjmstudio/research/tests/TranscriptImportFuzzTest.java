package org.cjmstudio.research.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.Lexicon;
import org.cjmstudio.research.patterns.StopWords;
import org.cjmstudio.research.transcripts.ImportTranscriptsCommand;
import org.cjmstudio.research.transcripts.Transcript;
import org.cjmstudio.research.transcripts.TranscriptImport;
import org.cjmstudio.research.transcripts.TranscriptImportException;
import org.cjmstudio.research.transcripts.TranscriptProblem;
import org.cjmstudio.testing.fuzz.FuzzRun;
import org.cjmstudio.testing.fuzz.Mutations;
import org.cjmstudio.testing.fuzz.Mutations.Mutant;
import org.cjmstudio.testing.fuzz.Mutations.Nesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the transcript import mutated copies of the test transcripts and of a CSV of interviews (seeded, a few
 * seconds each; {@link FuzzRun} says how to replay or run more). Whatever the damage, each file is read in time, only
 * the documented refusal escapes and it names the file and a reason, the input's bytes stay as they were and nothing
 * is written beside it; what is accepted imports into a study, is analysed, and the map saves and opens again.
 */
class TranscriptImportFuzzTest {

	private static final Duration BUDGET = Duration.ofSeconds(4);
	/** Read once: reading the lexicons and stop words for every input would leave little of the budget for inputs. */
	private static final Lexicon LEXICON = Lexicon.builtIn();
	private static final StopWords STOP_WORDS = StopWords.builtIn();

	@TempDir
	Path folder;

	@Test
	void damagedPlainTranscriptsAreRefusedNamingTheFileOrImportIntoAMapThatOpensAgain() throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		for (String language : List.of("en", "ru")) {
			List<Path> files = TestStudies.transcriptFiles(language);
			seeds.add(Files.readAllBytes(files.get(0)));
			seeds.add(Files.readAllBytes(files.get(1)));
		}
		fuzz("transcript import (plain text)", seeds, "txt");
	}

	@Test
	void damagedTranscriptCsvsAreRefusedNamingTheFileOrImportIntoAMapThatOpensAgain() throws IOException {
		String comma = "Respondent,Group,Date,Text\r\n"
				+ "Emma,current customers,2026-03-02,\"Interviewer: How do you pay?\r\nEmma: With my card, \"\"mostly\"\".\"\r\n"
				+ "Noah,lost,14.03.2026,Noah: The delivery fee was too high so I left.\r\n"
				+ "Mia,,,\"Mia: I was afraid of paying twice; then it worked.\"\r\n";
		String semicolon = "\uFEFFтекст;респондент;группа;дата\n"
				+ "\"Ольга: Боюсь, что снова спишут комиссию.\nИнтервьюер: Почему?\";Ольга;ушедшие клиенты;2026/02/01\n"
				+ "Иван: Не уверен, что открою счёт.;Иван;не купили;\n";
		fuzz("transcript import (CSV)", List.of(comma.getBytes(StandardCharsets.UTF_8),
				semicolon.getBytes(StandardCharsets.UTF_8)), "csv");
	}

	private void fuzz(String reader, List<byte[]> seeds, String extension) throws IOException {
		try (FuzzRun run = FuzzRun.timed(reader, BUDGET)) {
			for (int i = 0; run.more(i); i++) {
				Mutant mutant = new Mutations(run.randomFor(i), Nesting.QUOTES).mutate(seeds.get(i % seeds.size()));
				Path file = Files.write(folder.resolve("respondent-" + i + "." + extension), mutant.bytes());
				String problem = run.withinLimit(i, mutant.done(), () -> importAsAUserWould(file, run.scratch()));
				if (problem == null && !Arrays.equals(mutant.bytes(), Files.readAllBytes(file))) {
					problem = "changed the input file";
				}
				if (problem == null && !onlyFileIn(folder, file)) {
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

	/** What is wrong with the import of {@code file}, or null when it does what README promises. */
	private static String importAsAUserWould(Path file, Path scratch) throws IOException {
		List<Transcript> transcripts;
		try {
			transcripts = TranscriptImport.read(List.of(file), null);
		} catch (TranscriptImportException refused) {
			String name = file.getFileName().toString();
			if (refused.problems().isEmpty() || !refused.getMessage().contains(name)) {
				return "was refused without naming the file: " + refused.getMessage();
			}
			for (TranscriptProblem problem : refused.problems()) {
				if (!problem.file().equals(name) || problem.reason().isBlank()) {
					return "was refused with a problem that does not name the file and a reason: " + problem;
				}
			}
			return null;
		}
		StudyFixture fixture = new StudyFixture();
		fixture.domain.getCommandStack()
				.execute(ImportTranscriptsCommand.create(fixture.domain, fixture.study, transcripts));
		if (fixture.study.getInterviews().size() != transcripts.size()) {
			return "read " + transcripts.size() + " transcripts but imported " + fixture.study.getInterviews().size();
		}
		InterviewAnalysis.of(fixture.study).lexicon(LEXICON).stopWords(STOP_WORDS).propose(null); // an imported transcript, however odd, is analysed
		Path saved = scratch.resolve("saved.cjm");
		try {
			MapFiles.save(fixture.map, saved);
			MapFiles.load(saved);
		} catch (IOException unsaveable) { // MapFileException among them
			return "was imported into a map that cannot be saved and opened again: " + unsaveable.getMessage();
		} finally {
			Files.deleteIfExists(saved);
		}
		return null;
	}

	private static boolean onlyFileIn(Path folder, Path file) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.allMatch(file::equals);
		}
	}
}
