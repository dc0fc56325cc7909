package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A web developer reads an exported JSON-LD file as plain JSON, without a JSON-LD processor: lists come in the map's
 * order (the first stage first) and whole numbers and truth values are JSON numbers and booleans. A JSON-LD
 * processor still reads back exactly the triples the other formats hold.
 */
class JsonLdAsPlainJsonTest {

	private static Map<String, JsonObject> nodesById(JourneyMap map) {
		String json = new String(TestData.export(map, RdfFormat.JSON_LD), StandardCharsets.UTF_8);
		JsonObject document = Json.createReader(new StringReader(json)).readObject();
		return document.getJsonArray("@graph").stream().map(JsonValue::asJsonObject)
				.collect(Collectors.toMap(node -> node.getString("@id"), node -> node));
	}

	private static String id(Identifiable element) {
		return "id:" + element.getId();
	}

	private static List<String> ids(List<? extends Identifiable> elements) {
		return elements.stream().map(JsonLdAsPlainJsonTest::id).toList();
	}

	private static List<String> strings(JsonObject node, String key) {
		JsonValue value = node.get(key);
		return value instanceof JsonString one ? List.of(one.getString())
				: value.asJsonArray().stream().map(member -> ((JsonString) member).getString()).toList();
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void listsComeInTheMapsOrder(SampleMap sample) {
		JourneyMap map = TestData.load(sample);
		Map<String, JsonObject> nodes = nodesById(map);

		assertEquals(ids(map.getStages()), strings(nodes.get(id(map)), "stages"), "stages first to last");
		for (Stage stage : map.getStages()) {
			if (stage.getSteps().size() > 1) {
				assertEquals(ids(stage.getSteps()), strings(nodes.get(id(stage)), "steps"), stage.getName());
			}
			for (Barrier barrier : stage.getBarriers()) {
				if (barrier.getEvidence().size() > 1) {
					assertEquals(ids(barrier.getEvidence()), strings(nodes.get(id(barrier)), "evidence"),
							"a barrier's evidence in the order the team cited it");
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void wholeNumbersAndTruthValuesAreJsonNumbersAndBooleans(SampleMap sample) {
		JourneyMap map = TestData.load(sample);
		Map<String, JsonObject> nodes = nodesById(map);

		Emotion emotion = map.getStages().get(0).getEmotions().get(0);
		JsonObject point = nodes.get(id(emotion));
		assertEquals(JsonValue.ValueType.NUMBER, point.get("valence").getValueType(), point.toString());
		assertEquals(emotion.getValence(), ((JsonNumber) point.get("valence")).intValueExact());
		assertEquals(0, ((JsonNumber) nodes.get(id(map.getStages().get(0))).get("position")).intValueExact());
		JsonValue online = nodes.get(id(map.getChannels().get(0))).get("online");
		assertEquals(map.getChannels().get(0).isOnline() ? JsonValue.TRUE : JsonValue.FALSE, online);
		assertFalse(map.getMetrics().isEmpty(), "the sample has metrics");
		assertTrue(nodes.get(id(map.getMetrics().get(0))).get("value") instanceof JsonString,
				"a decimal stays a string: as a JSON number it would read back as another literal");
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aJsonLdProcessorReadsBackExactlyTheTriplesOfTheOtherFormats(SampleMap sample) {
		JourneyMap map = TestData.load(sample);

		Graph fromJsonLd = TestData.parse(TestData.export(map, RdfFormat.JSON_LD), RdfFormat.JSON_LD).getDefaultGraph();
		Graph fromTurtle = TestData.parse(TestData.export(map, RdfFormat.TURTLE), RdfFormat.TURTLE).getDefaultGraph();

		assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "same triples, same literals (\"-2\"^^xsd:integer)");
		assertTrue(fromJsonLd.contains(org.apache.jena.graph.Node.ANY, CJM.valence.asNode(),
				org.apache.jena.graph.NodeFactory.createLiteralDT("-2",
						org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), "a valence of -2 as the integer");
	}
}
