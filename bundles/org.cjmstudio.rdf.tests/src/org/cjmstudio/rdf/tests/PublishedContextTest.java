package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Phase;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.cjmstudio.rdf.jsonld.PublishedContext;
import org.cjmstudio.rdf.jsonld.RemoteContexts;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A knowledge engineer opens an exported JSON-LD file: it names the published CJM Studio context and reads like
 * plain JSON in the ontology's terms. CJM Studio reads such files back without fetching the context.
 */
class PublishedContextTest {

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void anExportNamesThePublishedContextAndUsesItsTerms(SampleMap sample) {
		byte[] exported = TestData.export(TestData.load(sample), RdfFormat.JSON_LD);
		JsonObject document = Json.createReader(new StringReader(new String(exported, StandardCharsets.UTF_8)))
				.readObject();

		assertEquals(PublishedContext.ADDRESS.toString(), document.getString("@context"),
				"the context is named by its address, not copied into the file");
		Set<String> keysThatAreNotTerms = new TreeSet<>();
		collectKeysThatAreNotTerms(document, keysThatAreNotTerms);
		assertTrue(keysThatAreNotTerms.isEmpty(), "properties the context has no term for: " + keysThatAreNotTerms);
	}

	/**
	 * A key such as {@code cjm:title} or a full IRI means the context lacks a term for one of our properties. Terms
	 * of other vocabularies ({@code prov:wasGeneratedBy}, {@code rdf:_1}) are written with the context's prefixes.
	 */
	private static void collectKeysThatAreNotTerms(JsonValue value, Set<String> found) {
		if (value instanceof JsonObject object) {
			object.forEach((key, member) -> {
				if (key.startsWith("cjm:") || key.contains("://")) {
					found.add(key);
				}
				collectKeysThatAreNotTerms(member, found);
			});
		} else if (value instanceof JsonArray array) {
			array.forEach(member -> collectKeysThatAreNotTerms(member, found));
		}
	}

	@Test
	void aHandWrittenJsonLdFileNamingTheContextImportsWithoutANetwork() throws Exception {
		String handWritten = """
				{ "@context": "https://w3id.org/cjmstudio/context.jsonld",
				  "@id": "id:11111111-1111-4111-8111-111111111111", "@type": "JourneyMap",
				  "title": "Renewing a library card",
				  "stages": [ { "@id": "id:22222222-2222-4222-8222-222222222222", "@type": "Stage",
				                "name": "Renew", "position": 0, "phase": "cjm:Phase_DURING_PURCHASE" } ] }
				""";

		ImportResult result = RdfImport.read(TestData.text(handWritten), RdfFormat.JSON_LD);

		assertTrue(result.report().isEmpty(), result.report()::toString);
		JourneyMap map = result.maps().get(0);
		assertEquals("Renewing a library card", map.getTitle());
		assertEquals("Renew", map.getStages().get(0).getName());
		assertEquals(Phase.DURING_PURCHASE, map.getStages().get(0).getPhase());
	}

	@Test
	void aContextThatCannotBeLoadedIsRefusedNamingIt() {
		String unreachable = """
				{ "@context": "file:///nonexistent/cjm-context.jsonld",
				  "@id": "id:11111111-1111-4111-8111-111111111111", "@type": "JourneyMap", "title": "T" }
				""";

		RdfImportException refused = assertThrows(RdfImportException.class,
				() -> RdfImport.read(TestData.text(unreachable), RdfFormat.JSON_LD));

		assertTrue(refused.getMessage().startsWith("Not valid JSON-LD"), refused.getMessage());
		assertTrue(refused.getMessage().contains("/nonexistent/cjm-context.jsonld"), refused.getMessage());
	}

	@Test
	void aLocalFileNamedAsContextIsNeverRead(@TempDir Path folder) throws Exception {
		Path local = Files.writeString(folder.resolve("context.jsonld"), "{ \"@context\": { \"title\": "
				+ "\"https://w3id.org/cjmstudio/ontology#title\" } }");
		String naming = """
				{ "@context": "%s",
				  "@id": "https://w3id.org/cjmstudio/id/11111111-1111-4111-8111-111111111111",
				  "@type": "https://w3id.org/cjmstudio/ontology#JourneyMap", "title": "T" }
				""".formatted(local.toUri());

		for (RemoteContexts remote : RemoteContexts.values()) {
			RdfImportException refused = assertThrows(RdfImportException.class,
					() -> RdfImport.read(TestData.text(naming), RdfFormat.JSON_LD, remote));

			assertTrue(refused.getMessage().contains("<" + local.toUri() + "> is not read"), refused.getMessage());
		}
	}

	@Test
	void aWebContextIsNotFetchedUnlessTheUserAllowsIt() {
		String naming = """
				{ "@context": "https://example.org/contexts/journeys.jsonld",
				  "@id": "https://w3id.org/cjmstudio/id/11111111-1111-4111-8111-111111111111", "title": "T" }
				""";

		RdfImportException refused = assertThrows(RdfImportException.class,
				() -> RdfImport.read(TestData.text(naming), RdfFormat.JSON_LD));

		assertTrue(refused.getMessage().contains("<https://example.org/contexts/journeys.jsonld> is not read"),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("--fetch-contexts"), refused.getMessage());
	}
}
