package org.cjmstudio.formats.tests;

import static org.cjmstudio.formats.tests.Maps.CJM;
import static org.cjmstudio.formats.tests.Maps.stage;
import static org.cjmstudio.formats.tests.Maps.titled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.MetricKind;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.OpportunityStatus;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.formats.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The four TheyDo export formats. Each written file is read back as JSON and held to the rules of TheyDo's public
 * schemas (theydo-s3-integrations, schemas/*File.schema.json): the format constant, only the allowed keys, the
 * required ones present, the types they demand.
 */
class TheyDoExportTest {

	private static final Set<String> INSIGHT_KEYS = Set.of("importKey", "title", "description", "icon", "empathyScore",
			"externalLinks", "type", "status", "tags", "groups", "groupTags", "weight");
	private static final Set<String> OPPORTUNITY_KEYS = Set.of("importKey", "title", "description", "externalLinks",
			"status", "tags", "groups", "groupTags", "type", "ownerEmail");
	private static final Set<String> METRIC_OTHER_KEYS = Set.of("type", "importKey", "title", "description", "unit",
			"dataPoints", "aggregationMethod");

	@TempDir
	Path dir;

	@Test
	void fourFormatsOneFileEach() {
		for (String id : List.of("theydo-insights", "theydo-opportunities", "theydo-solutions", "theydo-metrics")) {
			var format = Formats.exporters().named(id).orElseThrow(() -> new AssertionError(id + " not installed"));
			assertEquals(List.of("json"), format.extensions());
		}
	}

	@Test
	void insightsCarryTitleStatementQuotesKindAndLinks() throws IOException {
		JourneyMap map = researchMap();
		JsonObject file = export("theydo-insights", map);
		assertEquals("THEYDO_INSIGHTS_V1", file.getString("format"));
		var insights = file.getJsonArray("insights");
		assertEquals(2, insights.size());
		JsonObject first = insights.getJsonObject(0);
		assertAllowedAndRequired(first, INSIGHT_KEYS, Set.of("importKey", "title"));
		assertEquals("ins-1", first.getString("importKey"));
		assertEquals("Fees scare buyers", first.getString("title"));
		assertEquals("Buyers leave when they meet the fee.\n\n> I thought it was free\n> until the last page.",
				first.getString("description"));
		assertEquals(List.of("Fear"), first.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
		assertEquals(List.of("https://example.org/report"),
				first.getJsonArray("externalLinks").getValuesAs(jakarta.json.JsonString::getString));
		JsonObject second = insights.getJsonObject(1);
		assertEquals("insight-2", second.getString("importKey"), "a map element without id gets a positional key");
		assertEquals("Only a statement", second.getString("title"), "the statement titles an untitled insight");
		assertFalse(second.containsKey("description"));
	}

	@Test
	void opportunitiesAreAllSolutionsOnlyThoseDecidedOn() throws IOException {
		JourneyMap map = researchMap();
		JsonObject opportunities = export("theydo-opportunities", map);
		assertEquals("THEYDO_OPPORTUNITIES_V1", opportunities.getString("format"));
		assertEquals(3, opportunities.getJsonArray("opportunities").size());
		JsonObject first = opportunities.getJsonArray("opportunities").getJsonObject(0);
		assertAllowedAndRequired(first, OPPORTUNITY_KEYS, Set.of("importKey", "title"));
		assertEquals("Show the fee upfront", first.getString("title"));
		assertEquals("Planned", first.getString("status"));
		assertEquals("Put the fee on the first page.\n\n**Hypothesis:** fewer drop-offs\n\n**Owner:** Web team"
				+ "\n\n**Stage:** Checkout\n\n**Addresses:** Hidden fee\n\n**Metrics:** Checkout conversion",
				first.getString("description"));

		JsonObject solutions = export("theydo-solutions", map);
		assertEquals("THEYDO_SOLUTIONS_V1", solutions.getString("format"));
		var kept = solutions.getJsonArray("solutions");
		assertEquals(List.of("opp-1", "opportunity-3"),
				kept.getValuesAs(JsonObject.class).stream().map(o -> o.getString("importKey")).toList(),
				"planned and done are solutions; an idea is not");
		kept.getValuesAs(JsonObject.class).forEach(s -> assertAllowedAndRequired(s,
				Set.of("importKey", "title", "description", "externalLinks", "status", "tags", "groups", "groupTags",
						"type", "priority", "ownerEmail"),
				Set.of("importKey", "title")));
	}

	@Test
	void metricsGoAsOtherWithTheirValueAsTheDataPoint() throws IOException {
		JsonObject file = export("theydo-metrics", researchMap());
		assertEquals("THEYDO_METRICS_V1", file.getString("format"));
		var metrics = file.getJsonArray("metrics");
		JsonObject conversion = metrics.getJsonObject(0);
		assertAllowedAndRequired(conversion, METRIC_OTHER_KEYS,
				Set.of("type", "importKey", "title", "unit", "dataPoints", "aggregationMethod"));
		assertEquals("OTHER", conversion.getString("type"));
		assertEquals("AVERAGE", conversion.getString("aggregationMethod"));
		assertEquals("%", conversion.getString("unit"));
		JsonObject point = conversion.getJsonArray("dataPoints").getJsonObject(0);
		assertEquals(Set.of("dateOfMeasurement", "value"), point.keySet());
		assertEquals("2026-11-30", point.getString("dateOfMeasurement"));
		assertEquals(2.5, point.getJsonNumber("value").doubleValue());
		assertEquals("**Kind:** Conversion\n\n**Target:** 4 %\n\n**Stage:** Checkout",
				conversion.getString("description"));
		JsonObject undated = metrics.getJsonObject(1);
		assertEquals("NPS", undated.getString("title"), "an unnamed metric is titled by its kind");
		assertEquals("", undated.getString("unit"));
		assertEquals(JsonValue.EMPTY_JSON_ARRAY, undated.getJsonArray("dataPoints"),
				"a value without a date has no data point");
	}

	@Test
	void aMapWithoutResearchGivesAnEmptyButValidFile() throws IOException {
		JsonObject file = export("theydo-insights", titled("Empty"));
		assertEquals(Set.of("format", "insights"), file.keySet());
		assertTrue(file.getJsonArray("insights").isEmpty());
	}

	@Test
	void textIsEscapedSoTheFileStaysJson() throws IOException {
		JourneyMap map = titled("Escapes");
		Insight insight = CJM.createInsight();
		insight.setTitle("\"Quoted\" \\ back\tslash \u0001 and \u2028 line");
		map.getInsights().add(insight);
		JsonObject file = export("theydo-insights", map);
		assertEquals(insight.getTitle(), file.getJsonArray("insights").getJsonObject(0).getString("title"));
	}

	private static void assertAllowedAndRequired(JsonObject record, Set<String> allowed, Set<String> required) {
		assertTrue(allowed.containsAll(record.keySet()), "keys the schema forbids: " + record.keySet());
		assertTrue(record.keySet().containsAll(required), "required keys missing: " + record.keySet());
		for (String key : required) {
			if (!key.equals("dataPoints")) {
				assertEquals(JsonValue.ValueType.STRING, record.get(key).getValueType(), key);
			}
		}
	}

	private JsonObject export(String format, JourneyMap map) throws IOException {
		Path file = dir.resolve(format + ".json");
		Formats.exporters().named(format).orElseThrow().write(List.of(map), file);
		try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
			return reader.readObject();
		}
	}

	private static JourneyMap researchMap() {
		JourneyMap map = titled("Checkout research");
		Stage checkout = stage(map, "Checkout");
		Barrier fee = CJM.createBarrier();
		fee.setName("Hidden fee");
		checkout.getBarriers().add(fee);

		Quote quote = CJM.createQuote();
		quote.setText("I thought it was free\nuntil the last page.");
		Insight insight = CJM.createInsight();
		insight.setId("ins-1");
		insight.setTitle("Fees scare buyers");
		insight.setStatement("Buyers leave when they meet the fee.");
		insight.setKind(InsightKind.FEAR);
		insight.getQuotes().add(quote);
		ExternalLink link = CJM.createExternalLink();
		link.setTarget("https://example.org/report");
		insight.getExternalLinks().add(link);
		map.getInsights().add(insight);
		Insight bare = CJM.createInsight();
		bare.setStatement("Only a statement");
		bare.setKind(null);
		map.getInsights().add(bare);

		Metric conversion = CJM.createMetric();
		conversion.setName("Checkout conversion");
		conversion.setKind(MetricKind.CONVERSION);
		conversion.setValue(2.5);
		conversion.setTarget(4.0);
		conversion.setUnit("%");
		conversion.setDate(Date.from(Instant.parse("2026-11-30T10:00:00Z")));
		conversion.setStage(checkout);
		map.getMetrics().add(conversion);
		Metric nps = CJM.createMetric();
		nps.setKind(MetricKind.NPS);
		nps.setValue(31.0);
		map.getMetrics().add(nps);

		Opportunity upfront = CJM.createOpportunity();
		upfront.setId("opp-1");
		upfront.setTitle("Show the fee upfront");
		upfront.setDescription("Put the fee on the first page.");
		upfront.setHypothesis("fewer drop-offs");
		upfront.setOwner("Web team");
		upfront.setStatus(OpportunityStatus.PLANNED);
		upfront.setStage(checkout);
		upfront.getAddresses().add(fee);
		upfront.getMetrics().add(conversion);
		map.getOpportunities().add(upfront);
		Opportunity idea = CJM.createOpportunity();
		idea.setId("opp-2");
		idea.setTitle("Free shipping");
		idea.setStatus(OpportunityStatus.IDEA);
		map.getOpportunities().add(idea);
		Opportunity done = CJM.createOpportunity();
		done.setStatus(OpportunityStatus.DONE);
		map.getOpportunities().add(done);
		return map;
	}
}
