package org.cjmstudio.formats.tests;

import static org.cjmstudio.formats.tests.Maps.CJM;
import static org.cjmstudio.formats.tests.Maps.stage;
import static org.cjmstudio.formats.tests.Maps.step;
import static org.cjmstudio.formats.tests.Maps.titled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.rdf.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * UJG 2026.06 JSON-LD export and import through the installed formats: a checkout map exported and read back, a
 * UJG document written for this test from the draft's published description, damaged documents and contexts CJM
 * Studio does not ship refused, and the ontology's alignment to UJG.
 */
class UjgTest {

	private static final String UJG = "https://ujg.specs.openuji.org/tr/2026.06/ns/";

	@TempDir
	Path dir;

	@Test
	void theExportReadsAsPlainJsonInUjgsTerms() throws IOException {
		JsonObject document = Json.createReader(new StringReader(Files.readString(export(checkout())))).readObject();

		assertEquals(UJG + "context.jsonld", document.getString("@context"));
		assertEquals("UJGDocument", document.getString("@type"));
		JsonArray nodes = document.getJsonArray("nodes");
		assertEquals(List.of("Journey", "Phase", "State", "ExperienceStep", "State", "ExperienceStep", "Touchpoint",
				"PainPoint", "Phase", "State", "ExperienceStep", "Transition", "Transition"),
				nodes.stream().map(n -> n.asJsonObject().getString("@type")).toList());
		JsonObject journey = nodes.getJsonObject(0);
		assertEquals("Checkout", journey.getString("label"));
		assertEquals(nodes.getJsonObject(2).getString("@id"), journey.getString("startState"));
		assertEquals(2, nodes.getJsonObject(8).getInt("order"), "a JSON number");
		JsonObject painPoint = nodes.getJsonObject(7);
		assertEquals(0.75, painPoint.getJsonNumber("severity").doubleValue(), "high, as a number from 0 to 1");
		assertEquals(List.of(nodes.getJsonObject(3).getString("@id")),
				painPoint.getJsonArray("experienceRefs").getValuesAs(jakarta.json.JsonString::getString));
		JsonObject enterAddress = nodes.getJsonObject(3);
		assertEquals(List.of(nodes.getJsonObject(6).getString("@id")),
				enterAddress.getJsonArray("touchpointRefs").getValuesAs(jakarta.json.JsonString::getString));
		assertEquals("Website", nodes.getJsonObject(6).getString("channel"));
	}

	@Test
	void aMapComesBackWithWhatUjgCarriesAndTheSameIds() throws IOException {
		JourneyMap original = checkout();
		ElementIds.assignMissing(original);
		Path file = export(original);

		ImportedMaps imported = importFile(file);

		assertEquals(List.of(), imported.leftOut());
		assertEquals(List.of(), imported.findings());
		JourneyMap back = imported.maps().get(0);
		assertEquals(describe(original), describe(back));
		assertEquals(original.getStages().get(0).getSteps().get(1).getId(), back.getStages().get(0).getSteps().get(1)
				.getId());
		Path again = dir.resolve("again.jsonld");
		Formats.exporters().named("ujg").orElseThrow().write(List.of(back), again);
		assertEquals(Files.readString(file), Files.readString(again), "a second round trip changes nothing");
	}

	@Test
	void aUjgDocumentFromOutsideBecomesAMapOfItsExperienceLayer() throws IOException {
		ImportedMaps imported = importFile(document("checkout.ujg.jsonld"));

		JourneyMap map = imported.maps().get(0);
		assertEquals("Online checkout", map.getTitle());
		assertEquals(List.of("Cart", "Checkout"), map.getStages().stream().map(Stage::getName).toList(),
				"phases by their order, not as written");
		assertEquals(List.of("Review cart"), names(map.getStages().get(0)));
		assertEquals(List.of("Enter shipping details", "Enter payment details"), names(map.getStages().get(1)),
				"steps in the order of the transitions, not of the document");
		Touchpoint web = map.getStages().get(0).getTouchpoints().get(0);
		assertEquals("Web shop", web.getName());
		assertEquals("web", web.getChannel().getName());
		assertEquals(ChannelCategory.OTHER, web.getChannel().getCategory());
		assertEquals(List.of("Review cart", "Enter shipping details", "Enter payment details"),
				web.getServes().stream().map(Step::getName).toList());
		Barrier friction = map.getStages().get(1).getBarriers().get(0);
		assertEquals("Address validation friction", friction.getName());
		assertEquals("The form rejects valid addresses.", friction.getDescription());
		assertEquals(Severity.HIGH, friction.getSeverity(), "0.7 is in the third quarter");
		assertNull(friction.getStep(), "it annotates two steps of the stage: a barrier of the stage");
		assertEquals(List.of("1 JourneyExecution node (a journey map holds no such element)",
				"1 JourneyInstance node (a journey map holds no such element)",
				"1 RuntimeEvent node (a journey map holds no such element)",
				"the tags of 1 node"), imported.leftOut());
		Path again = dir.resolve("again.jsonld");
		Formats.exporters().named("ujg").orElseThrow().write(List.of(map), again);
		String exported = Files.readString(again);
		for (String iri : List.of("urn:ujg:step:enter-shipping", "urn:ujg:phase:cart", "urn:ujg:touchpoint:web",
				"https://shop.example/ujg/checkout.jsonld")) {
			assertTrue(exported.contains("\"" + iri + "\""), "the document's IRIs are kept: " + exported);
		}
	}

	@Test
	void aSeverityThatIsNoNumberIsReportedNotTakenForCritical() throws IOException {
		Path file = write("nan.jsonld", """
				{"@context": "https://ujg.specs.openuji.org/tr/2026.06/ns/context.jsonld",
				 "@id": "urn:ujg:doc", "@type": "UJGDocument",
				 "nodes": [
				   {"@type": "Journey", "@id": "urn:ujg:journey", "label": "Not a number"},
				   {"@type": "PainPoint", "@id": "urn:ujg:pain", "label": "Pain", "severity": "NaN"}
				 ]}
				""");

		ImportedMaps imported = importFile(file);

		assertTrue(imported.leftOut().contains("<urn:ujg:pain> severity 'NaN' is no number from 0 to 1"),
				imported.leftOut().toString());
	}

	@Test
	void referencesThatDoNotResolveAreReported() throws IOException {
		Path file = write("dangling.jsonld", """
				{"@context": "https://ujg.specs.openuji.org/tr/2026.06/ns/context.jsonld",
				 "@id": "urn:ujg:doc", "@type": "UJGDocument",
				 "nodes": [
				   {"@type": "Journey", "@id": "urn:ujg:journey", "label": "Dangling"},
				   {"@type": "ExperienceStep", "@id": "urn:ujg:step:a", "label": "A", "stateRefs": ["urn:ujg:state:a"],
				    "phaseRef": "urn:ujg:phase:missing", "touchpointRefs": ["urn:ujg:touchpoint:missing"]},
				   {"@type": "PainPoint", "@id": "urn:ujg:pain", "label": "Pain", "severity": 3,
				    "experienceRefs": ["urn:ujg:step:missing"]}
				 ]}
				""");

		ImportedMaps imported = importFile(file);

		assertEquals(List.of("No phase"), imported.maps().get(0).getStages().stream().map(Stage::getName).toList());
		assertEquals(List.of(
				"<urn:ujg:step:a> its phaseRef <urn:ujg:phase:missing> is no Phase: placed in the stage 'No phase'",
				"<urn:ujg:step:a> touchpointRefs <urn:ujg:touchpoint:missing>, which is no Touchpoint",
				"<urn:ujg:pain> severity '3' is no number from 0 to 1",
				"<urn:ujg:pain> experienceRefs <urn:ujg:step:missing>, which is no ExperienceStep"),
				imported.leftOut());
		assertTrue(imported.findings().contains("<urn:ujg:pain> annotates no step: placed in the stage 'No phase'"),
				imported.findings().toString());
	}

	static Stream<Arguments> damagedDocuments() {
		return Stream.of(
				Arguments.of("empty.jsonld", "", "JSON-LD"),
				Arguments.of("truncated.jsonld", "{\"@context\": \"" + UJG + "context.jsonld\", \"nodes\": [",
						"JSON-LD"),
				Arguments.of("plain.jsonld", "{\"title\": \"Checkout\", \"stages\": []}",
						"it holds no UJGDocument, Journey, Phase or ExperienceStep in the terms of UJG 2026.06"),
				Arguments.of("editors-draft.jsonld", "{\"@context\": \"https://ujg.specs.openuji.org/ed/ns/context"
						+ ".jsonld\", \"@type\": \"UJGDocument\"}",
						"<https://ujg.specs.openuji.org/ed/ns/context.jsonld> is not read"),
				Arguments.of("local-file.jsonld", "{\"@context\": \"file:///etc/passwd\", \"@type\": \"UJGDocument\"}",
						"<file:///etc/passwd> is not read"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("damagedDocuments")
	void aDamagedDocumentIsRefusedWithTheFileAndTheReason(String name, String content, String reason)
			throws IOException {
		Path file = write(name, content);
		List<Path> before = listing();

		ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> importFile(file));

		assertTrue(refused.getMessage().startsWith(name + ": not a UJG document: "), refused.getMessage());
		assertTrue(refused.getMessage().contains(reason), refused.getMessage());
		assertFalse(refused.getMessage().contains("root:"), refused.getMessage());
		assertEquals(before, listing(), "nothing written");
	}

	@Test
	void theOntologyIsAlignedToUjgByCloseMatchesOnly() throws IOException {
		Graph alignment = GraphFactory.createDefaultGraph();
		try (InputStream in = OntologyFiles.open(OntologyFiles.UJG_ALIGNMENT)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(alignment);
		}
		String cjm = "https://w3id.org/cjmstudio/ontology#";
		for (String[] match : new String[][] { { "Stage", "Phase" }, { "Step", "ExperienceStep" },
				{ "Touchpoint", "Touchpoint" }, { "Barrier", "PainPoint" } }) {
			assertTrue(alignment.contains(NodeFactory.createURI(cjm + match[0]), SKOS.closeMatch.asNode(),
					NodeFactory.createURI(UJG + "experience#" + match[1])), match[0]);
		}
		assertFalse(!alignment.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList().isEmpty(),
				"no subclass: UJG's shapes would reject our data as instances of its classes");
		assertTrue(alignment.find(NodeFactory.createURI(cjm + "Emotion"), RDFS.comment.asNode(), Node.ANY).toList().get(0)
				.getObject().getLiteralLexicalForm().contains("UJG has no emotion score"));
	}

	/** Checkout: two stages, steps with a touchpoint serving one, a high barrier at a step. */
	private static JourneyMap checkout() {
		JourneyMap map = titled("Checkout");
		Channel website = CJM.createChannel();
		website.setName("Website");
		map.getChannels().add(website);
		Stage address = stage(map, "Address");
		Step enter = step(address, "Enter address");
		step(address, "Confirm address");
		Touchpoint form = CJM.createTouchpoint();
		form.setName("Address form");
		form.setChannel(website);
		form.getServes().add(enter);
		address.getTouchpoints().add(form);
		Barrier rejected = CJM.createBarrier();
		rejected.setName("Valid addresses rejected");
		rejected.setDescription("Validation is too strict");
		rejected.setSeverity(Severity.HIGH);
		rejected.setStep(enter);
		address.getBarriers().add(rejected);
		Stage pay = stage(map, "Pay");
		step(pay, "Enter card");
		return map;
	}

	private static List<String> describe(JourneyMap map) {
		List<String> lines = new ArrayList<>();
		lines.add(map.getTitle());
		for (Stage stage : map.getStages()) {
			lines.add("stage " + stage.getName() + " " + stage.getId());
			stage.getSteps().forEach(s -> lines.add("  step " + s.getName() + " " + s.getId()));
			stage.getTouchpoints().forEach(t -> lines.add("  touchpoint " + t.getName() + " | " + t.getChannel()
					.getName() + " | " + t.getServes().stream().map(Step::getName).toList()));
			stage.getBarriers().forEach(b -> lines.add("  barrier " + b.getName() + " | " + b.getDescription() + " | "
					+ b.getSeverity() + " | " + b.getStep().getName()));
		}
		return lines;
	}

	private static List<String> names(Stage stage) {
		return stage.getSteps().stream().map(Step::getName).toList();
	}

	private Path export(JourneyMap map) throws IOException {
		Path file = dir.resolve("checkout.jsonld");
		Formats.exporters().named("ujg").orElseThrow().write(List.of(map), file);
		return file;
	}

	private static ImportedMaps importFile(Path file) throws IOException {
		return Formats.importers().named("ujg").orElseThrow().read(file, false);
	}

	private Path document(String name) throws IOException {
		try (InputStream in = org.osgi.framework.FrameworkUtil.getBundle(UjgTest.class).getEntry("documents/" + name)
				.openStream()) {
			return Files.write(dir.resolve(name), in.readAllBytes());
		}
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private List<Path> listing() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
