package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.formats.Format;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats of File > Export / Import and {@code cjm export / import} come through the extension points
 * org.cjmstudio.exporters and org.cjmstudio.importers: CJM Studio's own (the RDF serialisations, the pictures) and a
 * plugin's — this test bundle contributes a good exporter and importer, an exporter that throws, one whose class is
 * missing and one whose id is taken.
 */
class InstalledFormatsTest {

	private static final String PLUGIN = "org.cjmstudio.cli.tests";

	@TempDir
	Path folder;

	private final CjmShell shell = new CjmShell();

	private static List<String> ids(List<? extends Format<?>> formats) {
		return formats.stream().map(Format::id).toList();
	}

	@Test
	void ourFormatsComeFirstInTheirOrderThenThePlugins() {
		List<String> exporters = ids(Formats.exporters().all());
		List<String> importers = ids(Formats.importers().all());

		assertEquals(List.of("ttl", "jsonld", "rdfxml", "nt", "trig", "png", "svg", "pdf"), exporters.subList(0, 8));
		assertTrue(exporters.contains("tests.titles"), exporters.toString());
		assertTrue(exporters.indexOf("tests.titles") > exporters.indexOf("pdf"), "a plugin's format without an order"
				+ " comes after ours: " + exporters);
		assertEquals(List.of("ttl", "jsonld", "rdfxml", "nt", "trig", "cjml", "ujg", "tests.titles", "cards-csv"),
				importers);
		assertEquals("org.cjmstudio.rdf", Formats.exporters().named("ttl").orElseThrow().plugin(),
				"a taken id stays with the format first in order; the second is left out");
		assertEquals("org.cjmstudio.diagram", Formats.exporters().named("PDF").orElseThrow().plugin());
		assertTrue(Formats.exporters().named("png").orElseThrow().oneMapOnly());
	}

	@Test
	void aPluginsExporterIsPickedByItsIdOrTheFilesExtension() throws IOException {
		Path b2c = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		Path b2b = CjmShell.sample(SampleMap.B2B_ENTERPRISE_SOFTWARE, folder);
		Path byId = folder.resolve("by-id.txt");
		Path byExtension = folder.resolve("maps.titles");

		assertEquals(ExitCode.OK, shell.run("export", "--format", "tests.titles", b2c.toString(), b2b.toString(),
				"-o", byId.toString()), shell.err());
		assertEquals(ExitCode.OK, shell.run("export", b2c.toString(), b2b.toString(), "-o", byExtension.toString()),
				shell.err());

		List<String> titles = List.of(MapFiles.load(b2c).getTitle(), MapFiles.load(b2b).getTitle());
		assertEquals(titles, Files.readAllLines(byId));
		assertEquals(titles, Files.readAllLines(byExtension));
	}

	@Test
	void aPluginsImporterReadsItsFilesAndSaysWhatItLeftOut() throws IOException {
		Path titles = Files.writeString(folder.resolve("maps.titles"), "Opening an account\n\nClosing an account\n");
		Path imported = folder.resolve("imported");

		assertEquals(ExitCode.PROBLEMS, shell.run("import", titles.toString(), "-o", imported + "/"), shell.err());

		assertEquals("Opening an account", MapFiles.load(imported.resolve("opening-an-account.cjm")).getTitle());
		assertTrue(Files.exists(imported.resolve("closing-an-account.cjm")));
		assertEquals(titles + ": not imported: line 2: no title\n", shell.out());
	}

	@Test
	void aCjmlDocumentIsImportedByItsFormatIdAndExportedAgain() throws IOException {
		Path cjml = Files.writeString(folder.resolve("journey.xml"), """
				<CJML version="2.0">
				  <plannedJourney>
				    <journeyID>PJ1</journeyID>
				    <journeyTitle>Renew a passport</journeyTitle>
				    <journeyPhases><journeyPhase phaseID="P1"><phaseName>Apply</phaseName></journeyPhase></journeyPhases>
				    <actors><endUser actorID="Ana"><actorName>Ana</actorName></endUser></actors>
				    <touchpoints>
				      <plannedAction>
				        <touchpointID>T1</touchpointID><belongsTo phaseIDref="P1"/>
				        <initiator><refersTo actorIDref="Ana"/><initiatorLabel>Fills in the form</initiatorLabel></initiator>
				      </plannedAction>
				    </touchpoints>
				  </plannedJourney>
				  <actualJourney>
				    <journeyID>AJ1</journeyID>
				    <plannedReference>PJ1</plannedReference>
				    <actors><endUser actorIDref="Ana"/></actors>
				    <touchpoints>
				      <actualAction>
				        <touchpointID>D1</touchpointID><belongsTo phaseIDref="P1"/><compliance>failing</compliance>
				        <initiator><refersTo actorIDref="Ana"/><initiatorLabel>Fills in the form</initiatorLabel></initiator>
				      </actualAction>
				    </touchpoints>
				  </actualJourney>
				</CJML>
				""");
		Path map = folder.resolve("passport.cjm");

		assertEquals(ExitCode.OK, shell.run("import", "--format", "cjml", cjml.toString(), "-o", map.toString()),
				shell.err());

		JourneyMap imported = MapFiles.load(map);
		assertEquals("Renew a passport", imported.getTitle());
		Touchpoint observed = imported.getStages().get(0).getTouchpoints().get(1);
		assertEquals(Compliance.FAILING, observed.getCompliance());
		assertTrue(observed.isDeviation());
		assertEquals("Ana", observed.getObservedBy().getName(), "the reference survives saving and loading");
		Path back = folder.resolve("back.cjml");
		assertEquals(ExitCode.OK, shell.run("export", "--format", "cjml", map.toString(), "-o", back.toString()),
				shell.err());
		assertTrue(Files.readString(back).contains("<touchpointID>D1</touchpointID>"), Files.readString(back));
	}

	@Test
	void aSampleGoesToUjgAndBackByTheFormatId() throws IOException {
		Path b2c = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		Path ujg = folder.resolve("shop.jsonld");
		Path back = folder.resolve("back.cjm");

		assertEquals(ExitCode.OK, shell.run("export", "--format", "ujg", b2c.toString(), "-o", ujg.toString()),
				shell.err());
		assertTrue(Files.readString(ujg).contains("\"@context\": \"https://ujg.specs.openuji.org/tr/2026.06/ns/context"
				+ ".jsonld\""), Files.readString(ujg));
		assertEquals(ExitCode.OK, shell.run("import", "--format", "ujg", ujg.toString(), "-o", back.toString()),
				shell.err() + shell.out());

		JourneyMap original = MapFiles.load(b2c);
		JourneyMap imported = MapFiles.load(back);
		assertEquals(original.getTitle(), imported.getTitle());
		assertEquals(original.getStages().stream().map(s -> s.getName()).toList(),
				imported.getStages().stream().map(s -> s.getName()).filter(name -> !name.equals("No phase")).toList());
	}

	@Test
	void aDamagedCjmlDocumentIsRefusedAndNothingIsWritten() throws IOException {
		Path damaged = Files.writeString(folder.resolve("damaged.xml"), "<CJML version=\"2.0\"><plannedJourney>");
		Path map = folder.resolve("damaged.cjm");

		assertEquals(ExitCode.PROBLEMS, shell.run("import", "--format", "cjml", damaged.toString(), "-o",
				map.toString()));

		assertTrue(shell.err().startsWith("cjm import: " + damaged + ": damaged.xml: not a CJML document: line 1, "),
				shell.err());
		assertTrue(Files.notExists(map));
		assertEquals(ExitCode.USAGE, shell.run("import", "--format", "cjm2", damaged.toString(), "-o",
				map.toString()));
		assertTrue(shell.err().contains("unknown import format 'cjm2'"), shell.err());
	}

	@Test
	void pictureFormatsTakeOneMap() throws IOException {
		Path b2c = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		Path b2b = CjmShell.sample(SampleMap.B2B_ENTERPRISE_SOFTWARE, folder);
		Path picture = folder.resolve("maps.png");

		assertEquals(ExitCode.USAGE, shell.run("export", b2c.toString(), b2b.toString(), "-o", picture.toString()));
		assertTrue(shell.err().contains("png shows one map per file"), shell.err());

		assertEquals(ExitCode.OK, shell.run("export", b2c.toString(), "-o", picture.toString()), shell.err());
		byte[] pngSignature = { (byte) 0x89, 'P', 'N', 'G' };
		byte[] start = new byte[4];
		System.arraycopy(Files.readAllBytes(picture), 0, start, 0, 4);
		assertArrayEquals(pngSignature, start);
	}

	@Test
	void anExporterThatThrowsIsNamedOnceAndSwitchedOffAndTheMapIsUntouched() throws IOException {
		Path map = CjmShell.sample(SampleMap.B2C_ONLINE_SHOP, folder);
		byte[] before = Files.readAllBytes(map);
		Path target = folder.resolve("maps.bug");

		assertEquals(ExitCode.FAILURE, shell.run("export", map.toString(), "-o", target.toString()), shell.err());

		assertEquals(1, shell.err().lines().filter(line -> line.contains("plugin '" + PLUGIN + "'")).count(),
				shell.err());
		assertTrue(shell.err().contains("The exporter 'Exporter with a bug' of plugin '" + PLUGIN + "' failed "
				+ "(IllegalStateException: bug in the exporter of "), shell.err());
		assertTrue(shell.err().contains("switched off until CJM Studio restarts"), shell.err());
		assertTrue(Files.notExists(target), "nothing written");
		assertArrayEquals(before, Files.readAllBytes(map), "the map file is unchanged");
		assertFalse(ids(Formats.exporters().all()).contains("tests.throws"), "switched off for the session");

		assertEquals(ExitCode.USAGE, shell.run("export", "--format", "tests.throws", map.toString(), "-o",
				target.toString()));
		assertTrue(shell.err().startsWith("cjm export: unknown format 'tests.throws'"), shell.err());
		assertEquals(ExitCode.OK, shell.run("export", map.toString(), "-o", folder.resolve("map.ttl").toString()),
				shell.err() + " (the other formats still work)");
	}

	@Test
	void anExporterWhoseClassIsMissingIsNamedAndSwitchedOff() {
		ExportFormat missing = Formats.exporters().named("tests.missing-class").orElseThrow();
		Path map = folder.resolve("map.cjm");

		IOException failure = assertThrows(IOException.class,
				() -> missing.write(List.of(CjmFactory.eINSTANCE.createJourneyMap()), map));

		assertTrue(failure.getMessage().startsWith("The exporter 'Exporter the plugin forgot to ship' of plugin '"
				+ PLUGIN + "' failed (ClassNotFoundException: org.cjmstudio.cli.tests.plugin.NoSuchExporter"),
				failure.getMessage());
		assertFalse(missing.isUsable());
		assertTrue(Formats.exporters().named("tests.missing-class").isEmpty());
		assertTrue(Files.notExists(map));
	}
}
