package org.cjmstudio.rdf.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes triples as JSON-LD compacted with the {@link PublishedContext published context}, which the file names by
 * its address. Jena's own JSON-LD writer builds a context from the graph's prefixes instead, so its files neither
 * use our terms nor point to our context.
 * <p>
 * The file also reads right as plain JSON. Arrays keep the order of the triples given, which is the map's order
 * (a map's {@code "stages"} list its stages first to last): the triples go to the JSON-LD processor in that order,
 * not as a graph, which has none. Whole numbers and truth values are JSON numbers and booleans
 * ({@code "valence": -2}): the context types those terms, so a JSON-LD processor reads {@code -2} back as
 * {@code "-2"^^xsd:integer}, the very literal exported. Decimal numbers stay strings: JSON-LD turns a JSON number
 * with a fraction into the canonical {@code xsd:double} form ({@code 1.25E1}), a different literal, and some
 * processors round it on the way.
 */
public final class CompactJsonLdWriter {

	private static final String INTEGER = XSDDatatype.XSDinteger.getURI();
	private static final String BOOLEAN = XSDDatatype.XSDboolean.getURI();

	private CompactJsonLdWriter() {
	}

	/** @param triples the triples in the order arrays should list their values; a repeated triple counts once */
	public static void write(Iterable<Triple> triples, OutputStream out) {
		JsonObject document = withContextAddress(compact(triples));
		JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
		writer.write(document);
		// Not closed: that would close the caller's stream, which it still has to sync and close itself.
		try {
			out.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonObject compact(Iterable<Triple> triples) {
		JsonLdOptions options = PublishedContext.options();
		try {
			QuadsToJsonld expanded = JsonLd.fromRdf().options(options);
			for (Triple triple : triples) {
				add(expanded, triple);
			}
			JsonArray nativeNumbers = withNativeNumbers(expanded.toJsonLd());
			return JsonLd.compact(JsonDocument.of(nativeNumbers), PublishedContext.ADDRESS).options(options).get();
		} catch (JsonLdError | RdfConsumerException e) {
			throw new RiotException("JSON-LD compaction failed: " + e.getMessage(), e);
		}
	}

	private static void add(QuadsToJsonld expanded, Triple triple) throws RdfConsumerException {
		String subject = resource(triple.getSubject());
		String predicate = resource(triple.getPredicate());
		Node object = triple.getObject();
		if (object.isLiteral()) {
			String language = object.getLiteralLanguage();
			expanded.quad(subject, predicate, object.getLiteralLexicalForm(), object.getLiteralDatatypeURI(),
					language == null || language.isEmpty() ? null : language, null, null);
		} else {
			expanded.quad(subject, predicate, resource(object), null, null, null, null);
		}
	}

	private static String resource(Node node) {
		if (node.isURI()) {
			return node.getURI();
		}
		if (node.isBlank()) {
			return "_:" + node.getBlankNodeLabel();
		}
		throw new RiotException("JSON-LD cannot hold " + node);
	}

	/** The expanded document with each canonical {@code xsd:integer} and {@code xsd:boolean} value native. */
	private static JsonArray withNativeNumbers(JsonArray expanded) {
		JsonArrayBuilder nodes = Json.createArrayBuilder();
		expanded.forEach(node -> nodes.add(nativeIn(node)));
		return nodes.build();
	}

	private static JsonValue nativeIn(JsonValue value) {
		if (value instanceof JsonArray array) {
			JsonArrayBuilder copy = Json.createArrayBuilder();
			array.forEach(member -> copy.add(nativeIn(member)));
			return copy.build();
		}
		if (!(value instanceof JsonObject object)) {
			return value;
		}
		if (object.get("@value") instanceof JsonString lexical && object.get("@type") instanceof JsonString type) {
			JsonValue number = nativeValue(lexical.getString(), type.getString());
			if (number != null) {
				return Json.createObjectBuilder(object).add("@value", number).build();
			}
			return object;
		}
		JsonObjectBuilder copy = Json.createObjectBuilder();
		object.forEach((key, member) -> copy.add(key, nativeIn(member)));
		return copy.build();
	}

	/** The JSON value that reads back as exactly this literal, or null when only the string does. */
	private static JsonValue nativeValue(String lexical, String datatype) {
		if (BOOLEAN.equals(datatype) && (lexical.equals("true") || lexical.equals("false"))) {
			return lexical.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
		}
		if (INTEGER.equals(datatype) && lexical.matches("-?[0-9]{1,15}")) {
			BigInteger number = new BigInteger(lexical);
			// canonical form only ("7", not "007"), and well inside the integers a JavaScript number holds exactly
			if (number.toString().equals(lexical)) {
				return Json.createValue(number.longValueExact());
			}
		}
		return null;
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
