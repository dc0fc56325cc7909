package org.cjmstudio.formats.tests;

import static org.cjmstudio.formats.tests.Maps.emotion;
import static org.cjmstudio.formats.tests.Maps.persona;
import static org.cjmstudio.formats.tests.Maps.stage;
import static org.cjmstudio.formats.tests.Maps.step;
import static org.cjmstudio.formats.tests.Maps.titled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.formats.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mermaid journey export, through the installed format as File > Export and {@code cjm export --format mermaid}
 * use it. Expected texts were checked with Mermaid 11's own parser (mermaid.parse and the journey db under node).
 */
class MermaidJourneyExportTest {

	private static final String ZWSP = "\u200b";

	@TempDir
	Path dir;

	@Test
	void isInstalledForMmdFilesOneMapEach() {
		ExportFormat format = mermaid();
		assertEquals("Mermaid user journey", format.name());
		assertEquals(List.of("mmd", "mermaid"), format.extensions());
		assertTrue(format.oneMapOnly());
		assertEquals(format.id(), Formats.exporters().forFile(Path.of("map.mmd")).orElseThrow().id());
	}

	@Test
	void writesTitleSectionsAndScoredTasksWithPersonasAsActors() throws IOException {
		JourneyMap map = titled("Buy a book");
		Persona carl = persona(map, "Carl");
		Persona dana = persona(map, "Dana");
		Stage register = stage(map, "Register");
		Step create = step(register, "Create account");
		Step confirm = step(register, "Confirm e-mail");
		emotion(register, create, carl, Feeling.SATISFACTION, 1);
		emotion(register, confirm, null, Feeling.NEUTRAL, 0);
		Stage pay = stage(map, "Pay");
		Step card = step(pay, "Enter card");
		emotion(pay, card, carl, Feeling.FRUSTRATION, -2);
		emotion(pay, card, dana, Feeling.RELIEF, 2);

		assertEquals("""
				journey
				  title Buy a book
				  section Register
				    Create account: 4: Carl
				    Confirm e-mail: 3: Carl, Dana
				  section Pay
				    Enter card: 5: Dana
				    Enter card: 1: Carl
				""", export(map));
	}

	@Test
	void mapsValenceOntoScoresOneToFiveClampingTheExtremes() throws IOException {
		JourneyMap map = titled("Scores");
		Persona p = persona(map, "P");
		Stage stage = stage(map, "S");
		int[] valences = { -3, -2, -1, 0, 1, 2, 3 };
		for (int valence : valences) {
			emotion(stage, step(stage, "v" + (valence + 3)), p, Feeling.NEUTRAL, valence);
		}
		assertEquals("""
				journey
				  title Scores
				  section S
				    v0: 1: P
				    v1: 1: P
				    v2: 2: P
				    v3: 3: P
				    v4: 4: P
				    v5: 5: P
				    v6: 5: P
				""", export(map));
	}

	@Test
	void averagesOnePersonasPointsAtAStepAndSkipsToBeEmotions() throws IOException {
		JourneyMap map = titled("Average");
		Persona p = persona(map, "P");
		Stage stage = stage(map, "S");
		Step step = step(stage, "Wait");
		emotion(stage, step, p, Feeling.IRRITATION, -2);
		emotion(stage, step, p, Feeling.NEUTRAL, 0);
		emotion(stage, step, p, Feeling.JOY, 3).setState(EmotionState.TO_BE);
		assertTrue(export(map).contains("    Wait: 2: P\n"), export(map));
	}

	@Test
	void aStepWithoutEmotionIsNeutralWithoutActorsAndAStagesLooseEmotionIsATaskNamedByItsFeeling()
			throws IOException {
		JourneyMap map = titled("Loose");
		Persona p = persona(map, "P");
		Stage stage = stage(map, "S");
		step(stage, "Look around");
		emotion(stage, null, p, Feeling.ANXIETY, -1);
		String text = export(map);
		assertTrue(text.contains("    Look around: 3\n"), text);
		assertTrue(text.matches("(?s).*\n    \\p{Lu}[^:\n]*: 2: P\n$"), text);
	}

	@Test
	void stripsWhatWouldBreakTheGrammarFromNames() throws IOException {
		JourneyMap map = titled("Buy; then #review\nlater");
		Persona p = persona(map, "Carl: the, buyer");
		Stage stage = stage(map, "Step 1: choose #a; b\r\nc");
		emotion(stage, step(stage, "Pay: card;\tnow #1"), p, Feeling.JOY, 2);
		step(stage, "   ");
		stage(map, null);
		assertEquals("""
				journey
				  title Buy then review later
				  section Step 1 choose a b c
				    Pay card now 1: 5: Carl the buyer
				    Step 2: 3
				  section Stage 2
				""", export(map));
	}

	@Test
	void namesThatStartWithAKeywordAreNotReadAsOne() throws IOException {
		JourneyMap map = titled("Journey of a buyer");
		Stage stage = stage(map, "Section 3 review");
		step(stage, "Journey planning");
		step(stage, "Title check");
		step(stage, "Titles");
		step(stage, "Save 50%% now");
		assertEquals("journey\n  title Journey of a buyer\n  section " + ZWSP + "Section 3 review\n    " + ZWSP
				+ "Journey planning: 3\n    " + ZWSP + "Title check: 3\n    Titles: 3\n    Save 50% now: 3\n",
				export(map));
	}

	@Test
	void refusesSeveralMapsAndWritesNothing() {
		Path file = dir.resolve("two.mmd");
		IOException refused = assertThrows(IOException.class,
				() -> mermaid().write(List.of(titled("A"), titled("B")), file));
		assertTrue(refused.getMessage().contains("one map"), refused.getMessage());
		assertFalse(Files.exists(file));
	}

	private String export(JourneyMap map) throws IOException {
		Path file = dir.resolve("map.mmd");
		mermaid().write(List.of(map), file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static ExportFormat mermaid() {
		return Formats.exporters().named("mermaid").orElseThrow(() -> new AssertionError("mermaid is not installed"));
	}
}
