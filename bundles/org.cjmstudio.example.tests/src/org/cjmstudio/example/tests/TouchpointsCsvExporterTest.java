package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.formats.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's CSV export of touchpoints, installed through org.cjmstudio.exporters and found by name and file. */
class TouchpointsCsvExporterTest {

	@TempDir
	Path folder;

	@Test
	void everyTouchpointIsOneRowQuotedWhereItMustBe() throws IOException {
		Path file = folder.resolve("touchpoints.csv");
		assertEquals("example.touchpoints-csv", Formats.exporters().forFile(file).orElseThrow().id(),
				"an .csv file picks the example's format");

		Formats.exporters().named("example.touchpoints-csv").orElseThrow().write(
				List.of(ExampleMaps.signUpWithoutConsent()), file);

		List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
		assertEquals("\uFEFFmap,stage,touchpoint,channel,online,department,serves,description", lines.get(0));
		assertEquals("Opening a current account,Purchase,Sign-up form,Website,yes,,Fills in the form,"
				+ "\"Name, e-mail, \"\"date of birth\"\"\"", lines.get(lines.size() - 1));
	}
}
