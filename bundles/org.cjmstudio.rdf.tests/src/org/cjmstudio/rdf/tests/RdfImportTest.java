package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.Phase;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.rdf.importing.ImportReport;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;

/** Maps written by hand against the ontology import; files missing what a map needs are refused or reported. */
class RdfImportTest {

	private static final String PREFIXES = """
			@prefix cjm: <https://w3id.org/cjmstudio/ontology#> .
			@prefix id:  <https://w3id.org/cjmstudio/id/> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			@prefix wd:  <http://www.wikidata.org/entity/> .
			""";

	private static final String HAND_WRITTEN = PREFIXES + """
			id:11111111-1111-4111-8111-111111111111 a cjm:JourneyMap ;
			    cjm:title "Renewing a library card" ;
			    cjm:created "2026-11-01T09:30:00Z"^^xsd:dateTime ;
			    cjm:stages id:22222222-2222-4222-8222-222222222222, id:33333333-3333-4333-8333-333333333333 .
			id:33333333-3333-4333-8333-333333333333 a cjm:Stage ; cjm:name "Renew" ; cjm:position 1 ;
			    cjm:phase cjm:Phase_DURING_PURCHASE ;
			    cjm:barriers id:44444444-4444-4444-8444-444444444444 ;
			    cjm:emotions id:55555555-5555-4555-8555-555555555555 .
			id:22222222-2222-4222-8222-222222222222 a cjm:Stage ; cjm:name "Notice the expiry" ; cjm:position 0 ;
			    cjm:phase cjm:Phase_BEFORE_PURCHASE ;
			    cjm:externalLinks id:66666666-6666-4666-8666-666666666666 .
			id:66666666-6666-4666-8666-666666666666 a cjm:ExternalLink ; cjm:linkTarget wd:Q7075 ;
			    cjm:kind cjm:LinkKind_CLOSE_MATCH ; cjm:label "library" .
			id:44444444-4444-4444-8444-444444444444 a cjm:Barrier ; cjm:name "Counter closed at lunch" ;
			    cjm:severity cjm:Severity_HIGH ; cjm:dropOffRate 12.5 .
			id:55555555-5555-4555-8555-555555555555 a cjm:Emotion ; cjm:feeling cjm:Feeling_IRRITATION ;
			    cjm:valence -2 .
			""";

	private static ImportResult read(String turtle) throws RdfImportException {
		return RdfImport.read(TestData.text(turtle), RdfFormat.TURTLE);
	}

	@Test
	void aHandWrittenTurtleFileImports() throws Exception {
		ImportResult result = read(HAND_WRITTEN);

		assertTrue(result.report().isEmpty(), result.report()::toString);
		JourneyMap map = result.maps().get(0);
		assertEquals("11111111-1111-4111-8111-111111111111", map.getId(), "the UUID comes back from the IRI");
		assertEquals("Renewing a library card", map.getTitle());
		assertEquals(List.of("Notice the expiry", "Renew"), map.getStages().stream().map(Stage::getName).toList(),
				"stages in the order of cjm:position");
		Stage renew = map.getStages().get(1);
		assertEquals(Phase.DURING_PURCHASE, renew.getPhase());
		Barrier barrier = renew.getBarriers().get(0);
		assertEquals(Severity.HIGH, barrier.getSeverity());
		assertEquals(12.5, barrier.getDropOffRate());
		Emotion emotion = renew.getEmotions().get(0);
		assertEquals(Feeling.IRRITATION, emotion.getFeeling());
		assertEquals(-2, emotion.getValence());
		ExternalLink link = map.getStages().get(0).getExternalLinks().get(0);
		assertEquals("http://www.wikidata.org/entity/Q7075", link.getTarget());
		assertEquals(LinkKind.CLOSE_MATCH, link.getKind());
	}

	@Test
	void mapsComeBackInTitleOrderWhateverOrderTheyWereWrittenIn() throws Exception {
		JourneyMap rainJacket = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		JourneyMap servicePlatform = TestData.load(SampleMap.B2B_ENTERPRISE_SOFTWARE);
		ByteArrayOutputStream trig = new ByteArrayOutputStream();
		RdfExport.write(List.of(rainJacket, servicePlatform), RdfFormat.TRIG, trig);

		ImportResult result = RdfImport.read(new ByteArrayInputStream(trig.toByteArray()), RdfFormat.TRIG);

		assertEquals(List.of(servicePlatform.getTitle(), rainJacket.getTitle()),
				result.maps().stream().map(JourneyMap::getTitle).toList());
	}

	@Test
	void aFileWithoutAnyMapIsRefused() {
		RdfImportException refused = assertThrows(RdfImportException.class,
				() -> read(PREFIXES + "id:22222222-2222-4222-8222-222222222222 a cjm:Stage ; cjm:name \"Renew\" ."));
		assertTrue(refused.getMessage().contains("No journey map found"), refused.getMessage());
	}

	@Test
	void aMapWithoutATitleIsRefusedNamingTheMap() {
		RdfImportException refused = assertThrows(RdfImportException.class,
				() -> read(PREFIXES + "id:11111111-1111-4111-8111-111111111111 a cjm:JourneyMap ."));
		assertTrue(refused.getMessage().contains("11111111-1111-4111-8111-111111111111"), refused.getMessage());
		assertTrue(refused.getMessage().contains("title"), refused.getMessage());
	}

	@Test
	void whatDoesNotFitIsReportedBySubjectPropertyAndReason() throws Exception {
		String broken = HAND_WRITTEN.replace("cjm:valence -2", "cjm:valence \"very bad\"")
				.replace("cjm:dropOffRate 12.5", "cjm:step id:77777777-7777-4777-8777-777777777777 ; cjm:colour \"red\"");

		ImportResult result = read(broken);

		ImportReport report = result.report();
		assertTrue(has(report, "55555555-5555-4555-8555-555555555555", "valence", "not a valid"), report::toString);
		assertTrue(has(report, "44444444-4444-4444-8444-444444444444", "ontology#step", "not an element"),
				report::toString);
		assertTrue(has(report, "44444444-4444-4444-8444-444444444444", "colour", "not a property of cjm:Barrier"),
				report::toString);
		Barrier barrier = result.maps().get(0).getStages().get(1).getBarriers().get(0);
		assertNull(barrier.getStep(), "a dangling reference is left empty");
		assertEquals("Counter closed at lunch", barrier.getName(), "the rest of the barrier is imported");
	}

	private static boolean has(ImportReport report, String subject, String property, String why) {
		return report.problems().stream().anyMatch(problem -> problem.subject().contains(subject)
				&& problem.property() != null && problem.property().contains(property) && problem.why().contains(why));
	}

	@Test
	void twoIrisOfOneUuidInDifferentCaseBecomeTwoElements() throws Exception {
		String upper = HAND_WRITTEN.replace("cjm:stages id:22222222-2222-4222-8222-222222222222,",
				"cjm:stages id:22222222-2222-4222-8222-222222222222, <https://w3id.org/cjmstudio/id/"
						+ "3333333A-3333-4333-8333-333333333333>,")
				+ "<https://w3id.org/cjmstudio/id/3333333A-3333-4333-8333-333333333333> a cjm:Stage ; "
				+ "cjm:name \"Upper\" ; cjm:position 2 .\n";
		String lower = upper.replace("id:33333333-3333-4333-8333-333333333333", "id:3333333a-3333-4333-8333-333333333333");

		JourneyMap map = read(lower).maps().get(0);

		assertEquals(3, map.getStages().size());
		assertEquals(3, map.getStages().stream().map(Stage::getId).distinct().count(), "no two stages share an id");
	}

	@Test
	void anIriNamingAnotherElementsDerivedIdGetsItsOwnAndIsReported() throws Exception {
		String foreign = "http://example.org/stages/notice";
		String derived = java.util.UUID.nameUUIDFromBytes(foreign.getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.toString();
		String crafted = HAND_WRITTEN.replace("22222222-2222-4222-8222-222222222222", derived)
				.replace("cjm:stages id:" + derived + ",", "cjm:stages <" + foreign + ">, id:" + derived + ",")
				+ "<" + foreign + "> a cjm:Stage ; cjm:name \"Foreign\" ; cjm:position 2 .\n";

		ImportResult result = read(crafted);

		JourneyMap map = result.maps().get(0);
		assertEquals(3, map.getStages().size());
		assertEquals(3, map.getStages().stream().map(Stage::getId).distinct().count(), "no two stages share an id");
		assertTrue(result.report().toString().contains("is already the id of"), result.report()::toString);
	}
}
