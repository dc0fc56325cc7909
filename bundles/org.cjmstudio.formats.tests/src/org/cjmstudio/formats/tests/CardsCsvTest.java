package org.cjmstudio.formats.tests;

import static org.cjmstudio.formats.tests.Maps.CJM;
import static org.cjmstudio.formats.tests.Maps.emotion;
import static org.cjmstudio.formats.tests.Maps.stage;
import static org.cjmstudio.formats.tests.Maps.step;
import static org.cjmstudio.formats.tests.Maps.titled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.persistence.MapFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cards CSV export and import, through the installed formats, and what a spreadsheet may hand back. */
class CardsCsvTest {

	private static final String HEADER = "map,stage,lane,name,details,evidence level\r\n";

	@TempDir
	Path dir;

	@Test
	void writesOneRowPerCardInRfc4180() throws IOException {
		String csv = Files.readString(export(sampleMap()), StandardCharsets.UTF_8);
		assertEquals("\uFEFF" + HEADER
				+ "Checkout,Cart,Steps,Review cart,\"Checks the total, then \"\"pays\"\"\",\r\n"
				+ "Checkout,Cart,Touchpoints,Cart page,\"Line one\nline two\",\r\n"
				+ "Checkout,Cart,Emotions,Frustration -2,Fee appears,Assumption\r\n"
				+ "Checkout,Cart,Barriers,Hidden fee,Shown last,Assumption\r\n"
				+ "Checkout,Pay,Steps,Pay,,\r\n"
				+ "Checkout,Cart,Opportunities,Show the fee upfront,On page one,\r\n"
				+ "Checkout,,Metrics,Conversion,Web analytics,\r\n", csv);
	}

	@Test
	void roundTripKeepsStagesLanesNamesAndDetails() throws IOException {
		JourneyMap original = sampleMap();
		Path file = export(original);
		ImportedMaps imported = Formats.importers().named("cards-csv").orElseThrow().read(file, false);
		assertEquals(List.of(), imported.leftOut());
		assertEquals(1, imported.maps().size());
		JourneyMap map = imported.maps().get(0);
		assertEquals("Checkout", map.getTitle());
		assertEquals(List.of("Cart", "Pay"), map.getStages().stream().map(Stage::getName).toList());
		Stage cart = map.getStages().get(0);
		assertEquals("Checks the total, then \"pays\"", cart.getSteps().get(0).getDoes());
		assertEquals("Line one\nline two", cart.getTouchpoints().get(0).getDescription());
		assertEquals(Feeling.FRUSTRATION, cart.getEmotions().get(0).getFeeling());
		assertEquals(-2, cart.getEmotions().get(0).getValence());
		assertEquals("Fee appears", cart.getEmotions().get(0).getNote());
		assertEquals("Hidden fee", cart.getBarriers().get(0).getName());
		assertEquals(cart, map.getOpportunities().get(0).getStage());
		assertEquals(null, map.getMetrics().get(0).getStage());
		Path again = dir.resolve("again.csv");
		Formats.exporters().named("cards-csv").orElseThrow().write(imported.maps(), again);
		assertEquals(Files.readString(file).replace("Assumption", ""), Files.readString(again).replace("Assumption", ""),
				"a re-export gives the same rows (evidence levels are computed, not read)");
	}

	@Test
	void readsSeveralMapsAndSpreadsheetLineEnds() throws IOException {
		Path file = write("cards.csv", "Map,Stage,Lane,Name,Details,Evidence level\n"
				+ "A,One,steps,First,,\n" + "B,Two,Barriers,Wall,,Assumption\n" + "\n" + "A,One,Steps,Second,,\n");
		ImportedMaps imported = Formats.importers().named("cards-csv").orElseThrow().read(file, false);
		assertEquals(List.of("A", "B"), imported.maps().stream().map(JourneyMap::getTitle).toList());
		assertEquals(2, imported.maps().get(0).getStages().get(0).getSteps().size());
	}

	/** Every importer, a plugin's too: text a map file cannot hold is left out and said so, so the map saves. */
	@Test
	void charactersAMapFileCannotHoldAreLeftOutAndTheMapSavesAndOpens() throws IOException {
		Path file = write("pasted.csv", HEADER + "Checkout,Cart,Steps,Pay \u0001now\uFFFF,,\r\n");

		ImportedMaps imported = Formats.importers().named("cards-csv").orElseThrow().read(file, false);

		assertEquals(List.of("the name of step 'Pay now': U+0001, U+FFFF, which a map file cannot hold; left out of it"),
				imported.leftOut());
		Path saved = dir.resolve("pasted.cjm");
		MapFiles.save(imported.maps().get(0), saved);
		assertEquals("Pay now", MapFiles.load(saved).getStages().get(0).getSteps().get(0).getName());
	}

	/** Reading a FIFO would block for ever; every importer is spared it. */
	@Test
	void aFifoIsRefusedWithoutBeingOpened() throws Exception {
		Path fifo = dir.resolve("cards.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

		IOException refused = assertThrows(IOException.class,
				() -> Formats.importers().named("cards-csv").orElseThrow().read(fifo, false));

		assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
	}

	static Stream<Arguments> damaged() {
		return Stream.of(Arguments.of("map,stage,lane,name\r\n",
				"line 1: the header is not map,stage,lane,name,details,evidence level"),
				Arguments.of(HEADER + "M,S,Steps,\"never closed\r\n", "line 2: a quoted field that never ends"),
				Arguments.of(HEADER + "M,S,Steps,a\"b,,\r\n", "line 2: a quote inside an unquoted field"),
				Arguments.of(HEADER + "M,S,Steps,\"a\"b,,\r\n", "line 2: text after a closing quote"),
				Arguments.of(HEADER + "M,S,Steps,a,b\r\n", "line 2: 5 fields where the header has 6"),
				Arguments.of(HEADER + "M,S,Steps,a,,\r\nM,S,Lanes,b,,\r\n", "line 3: unknown lane 'Lanes'"),
				Arguments.of(HEADER + "M,S,Emotions,Happy,,\r\n",
						"line 2: an emotion is named by its feeling and valence"),
				Arguments.of(HEADER + "M,S,Emotions,Joy +5,,\r\n",
						"line 2: an emotion is named by its feeling and valence"),
				Arguments.of(HEADER + "M,,Barriers,Wall,,\r\n", "line 2: Barriers need a stage"),
				Arguments.of(HEADER, "no cards below the header"), Arguments.of("", "the file is empty"));
	}

	@ParameterizedTest
	@MethodSource("damaged")
	void refusesDamagedInputNamingTheFileAndLine(String content, String reason) throws IOException {
		Path file = write("damaged.csv", content);
		List<String> before = listing();
		IOException refused = assertThrows(ImportRefusedException.class,
				() -> Formats.importers().named("cards-csv").orElseThrow().read(file, false),
				"the data's fault, not the file's: cjm import exits 1");
		assertTrue(refused.getMessage().startsWith("damaged.csv: not a cards CSV: "), refused.getMessage());
		assertTrue(refused.getMessage().contains(reason), refused.getMessage());
		assertEquals(before, listing(), "nothing written");
	}

	@Test
	void refusesTextThatIsNotUtf8() throws IOException {
		Path file = dir.resolve("latin1.csv");
		Files.write(file, (HEADER + "M,S,Steps,Gr\u00fc\u00dfe,,\r\n").getBytes(StandardCharsets.ISO_8859_1));
		IOException refused = assertThrows(IOException.class,
				() -> Formats.importers().named("cards-csv").orElseThrow().read(file, false));
		assertTrue(refused.getMessage().contains("latin1.csv: not a cards CSV: not UTF-8"), refused.getMessage());
	}

	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private Path export(JourneyMap map) throws IOException {
		Path file = dir.resolve("cards.csv");
		Formats.exporters().named("cards-csv").orElseThrow().write(List.of(map), file);
		return file;
	}

	private static JourneyMap sampleMap() {
		JourneyMap map = titled("Checkout");
		Stage cart = stage(map, "Cart");
		step(cart, "Review cart").setDoes("Checks the total, then \"pays\"");
		Touchpoint page = CJM.createTouchpoint();
		page.setName("Cart page");
		page.setDescription("Line one\nline two");
		cart.getTouchpoints().add(page);
		emotion(cart, null, null, Feeling.FRUSTRATION, -2).setNote("Fee appears");
		Barrier fee = CJM.createBarrier();
		fee.setName("Hidden fee");
		fee.setDescription("Shown last");
		cart.getBarriers().add(fee);
		Stage pay = stage(map, "Pay");
		step(pay, "Pay");
		Opportunity upfront = CJM.createOpportunity();
		upfront.setTitle("Show the fee upfront");
		upfront.setDescription("On page one");
		upfront.setStage(cart);
		map.getOpportunities().add(upfront);
		Metric conversion = CJM.createMetric();
		conversion.setName("Conversion");
		conversion.setSourceNote("Web analytics");
		map.getMetrics().add(conversion);
		return map;
	}
}
