package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.formats.RdfImporter;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written file with IRIs of its own ({@code imports/own-iris.ttl}) is a clean import: every statement taken
 * over, nothing reported as left out; a map without its title ({@code imports/no-title.ttl}) is refused as the
 * data's fault, not the file's.
 */
class OwnIrisImportTest {

	private static ImportResult read(String name) throws Exception {
		try (InputStream in = TestData.importFile(name)) {
			return RdfImport.read(in, RdfFormat.TURTLE);
		}
	}

	@Test
	void aFileWithItsOwnIrisImportsWithNothingLeftOut() throws Exception {
		ImportResult result = read("own-iris.ttl");

		assertTrue(result.report().leftNothingOut(), result.report()::toString);
		JourneyMap map = result.maps().get(0);
		assertEquals("Renewing a library card", map.getTitle());
		assertEquals(List.of("Notice the expiry", "Renew at the counter"),
				map.getStages().stream().map(Stage::getName).toList());
		assertEquals("Counter closed at lunch", map.getStages().get(1).getBarriers().get(0).getName());
		assertEquals(4, result.report().findings().size(), "the map, two stages, the barrier: each told once: " + result.report());
		assertTrue(result.report().findings().stream()
				.anyMatch(f -> f.subject().equals("https://data.example.org/journeys/renew")
						&& f.why().contains("an IRI of its own")), result.report()::toString);
	}

	@Test
	void theSameIrisGiveTheSameIdsEveryTime() throws Exception {
		assertEquals(read("own-iris.ttl").maps().get(0).getStages().get(1).getId(),
				read("own-iris.ttl").maps().get(0).getStages().get(1).getId());
	}

	@Test
	void aMapWithoutATitleIsTheDatasFaultAndSaysSo(@TempDir Path folder) throws Exception {
		RdfImportException refused = assertThrows(RdfImportException.class, () -> read("no-title.ttl"));
		assertTrue(refused.isMapIncomplete(), "the file was read; the map lacks its title");
		assertTrue(refused.getMessage().contains("<https://data.example.org/journeys/untitled> has no title"),
				refused.getMessage());

		Path file = folder.resolve("no-title.ttl");
		try (InputStream in = TestData.importFile("no-title.ttl")) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		ImportRefusedException asFormat = assertThrows(ImportRefusedException.class,
				() -> new RdfImporter().read(file, false), "cjm import exits 1 for it, not 3");
		assertTrue(asFormat.getMessage().contains("has no title"), asFormat.getMessage());
	}
}
