package org.cjmstudio.rdf.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a graph as JSON-LD compacted with the {@link PublishedContext published context}, which the file names by
 * its address. Jena's own JSON-LD writer builds a context from the graph's prefixes instead, so its files neither
 * use our terms nor point to our context.
 */
public final class CompactJsonLdWriter {

	private CompactJsonLdWriter() {
	}

	public static void write(Graph graph, OutputStream out) {
		JsonObject document = withContextAddress(compact(graph));
		JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
		writer.write(document);
		// Not closed: that would close the caller's stream, which it still has to sync and close itself.
		try {
			out.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonObject compact(Graph graph) {
		JsonLdOptions options = PublishedContext.options();
		try {
			var expanded = JenaToTitanium.convert(DatasetGraphFactory.wrap(graph), options);
			return JsonLd.compact(JsonDocument.of(expanded), PublishedContext.ADDRESS).options(options).get();
		} catch (JsonLdError e) {
			throw new RiotException("JSON-LD compaction failed: " + e.getMessage(), e);
		}
	}

	/**
	 * Compaction inlines the context it loaded; a published file names it by address instead, first, as JSON-LD
	 * documents usually do.
	 */
	private static JsonObject withContextAddress(JsonObject compacted) {
		JsonObjectBuilder document = Json.createObjectBuilder().add("@context", PublishedContext.ADDRESS.toString());
		compacted.forEach((key, value) -> {
			if (!"@context".equals(key)) {
				document.add(key, value);
			}
		});
		return document.build();
	}
}
