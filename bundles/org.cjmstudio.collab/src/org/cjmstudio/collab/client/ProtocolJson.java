package org.cjmstudio.collab.client;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The JSON the workbench and the repository server exchange besides RDF Patch and N-Triples, written and read in one
 * place so both sides agree on every field name. Reading is strict and says what is wrong: a field that is missing
 * or of another type is an {@link IllegalArgumentException} naming it (never a NullPointerException or Jena's
 * JsonException from deep inside), which the server answers with 400 and the client reports as an answer it cannot
 * read.
 */
public final class ProtocolJson {

	/** How deeply JSON may nest; far more than the protocol needs, far less than a parser's stack holds. */
	public static final int MAX_DEPTH = 64;

	private ProtocolJson() {
	}

	/**
	 * The JSON object {@code text} holds. Jena's JSON parser throws more than its JsonException on damaged text (a
	 * NullPointerException from its tokenizer, found by TeamProtocolFuzzTest), so every failure of it is caught here
	 * and told as one {@link IllegalArgumentException}.
	 */
	public static JsonObject object(String text) {
		checkDepth(text);
		JsonValue value;
		try {
			value = JSON.parseAny(text);
		} catch (RuntimeException notJson) {
			throw new IllegalArgumentException("not valid JSON (" + (notJson.getMessage() == null
					? notJson.getClass().getSimpleName() : notJson.getMessage()) + ")", notJson);
		}
		if (value == null || !value.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		return value.getAsObject();
	}

	/**
	 * Refuses JSON nested deeper than {@link #MAX_DEPTH} before it is parsed: Jena's parser recurses per level, and
	 * 100,000 levels overflowed the stack of whoever read it (found by TeamProtocolFuzzTest). The protocol's own JSON
	 * is four levels deep.
	 */
	private static void checkDepth(String text) {
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
			} else if (c == '"') {
				inString = true;
			} else if (c == '{' || c == '[') {
				if (++depth > MAX_DEPTH) {
					throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
				}
			} else if (c == '}' || c == ']') {
				depth--;
			}
		}
	}

	public static JsonObject mapInfo(TeamMapInfo map) {
		JsonObject json = new JsonObject();
		json.put("id", map.id());
		json.put("title", map.title());
		json.put("version", map.version());
		json.put("owner", map.owner());
		json.put("canWrite", map.canWrite());
		return json;
	}

	public static TeamMapInfo mapInfo(JsonObject json) {
		return new TeamMapInfo(string(json, "id"), string(json, "title"), number(json, "version"),
				string(json, "owner"), bool(json, "canWrite"));
	}

	public static JsonObject version(long version, String head) {
		JsonObject json = new JsonObject();
		json.put("version", version);
		if (head != null) {
			json.put("head", head);
		}
		return json;
	}

	public static JsonObject reason(String reason) {
		JsonObject json = new JsonObject();
		json.put("reason", reason);
		return json;
	}

	public static JsonObject historyEntry(HistoryEntry entry) {
		JsonObject json = new JsonObject();
		json.put("version", entry.version());
		json.put("id", entry.id());
		json.put("author", entry.author());
		json.put("time", entry.time().toString());
		json.put("summary", entry.summary());
		return json;
	}

	public static HistoryEntry historyEntry(JsonObject json) {
		String time = string(json, "time");
		try {
			return new HistoryEntry(number(json, "version"), string(json, "id"), string(json, "author"),
					Instant.parse(time), string(json, "summary"));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("the field 'time' is not a time: '" + time + "'", e);
		}
	}

	public static JsonObject presence(Presence presence) {
		JsonObject json = new JsonObject();
		json.put("user", presence.user());
		if (presence.selection() != null) {
			json.put("selection", presence.selection());
		}
		return json;
	}

	public static Presence presence(JsonObject json) {
		return new Presence(string(json, "user"), json.hasKey("selection") ? string(json, "selection") : null);
	}

	public static JsonObject access(MapAccess access) {
		JsonObject json = new JsonObject();
		json.put("owner", access.owner());
		json.put("readers", strings(access.readers()));
		json.put("writers", strings(access.writers()));
		return json;
	}

	public static MapAccess access(JsonObject json) {
		return new MapAccess(string(json, "owner"), strings(json.get("readers")), strings(json.get("writers")));
	}

	public static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	public static List<String> strings(JsonValue value) {
		List<String> strings = new ArrayList<>();
		for (JsonValue item : items(value)) {
			if (!item.isString()) {
				throw new IllegalArgumentException("a list of names holds " + item + ", not a name");
			}
			strings.add(item.getAsString().value());
		}
		return strings;
	}

	public static <T> JsonArray array(List<T> items, java.util.function.Function<T, JsonObject> writer) {
		JsonArray array = new JsonArray();
		items.forEach(item -> array.add(writer.apply(item)));
		return array;
	}

	public static <T> List<T> list(JsonValue value, java.util.function.Function<JsonObject, T> reader) {
		List<T> items = new ArrayList<>();
		for (JsonValue item : items(value)) {
			if (!item.isObject()) {
				throw new IllegalArgumentException("a list holds " + item + ", not an object");
			}
			items.add(reader.apply(item.getAsObject()));
		}
		return items;
	}

	/** The text of field {@code key}; throws naming the field when it is missing or not text. */
	public static String string(JsonObject json, String key) {
		JsonValue value = json.get(key);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException(missing(key, value, "text"));
		}
		return value.getAsString().value();
	}

	/** The whole number of field {@code key}; throws naming the field when it is missing or not a whole number. */
	public static long number(JsonObject json, String key) {
		JsonValue value = json.get(key);
		if (value == null || !value.isNumber()) {
			throw new IllegalArgumentException(missing(key, value, "a number"));
		}
		String number = value.getAsNumber().value().toString();
		try {
			return new java.math.BigDecimal(number).longValueExact();
		} catch (NumberFormatException | ArithmeticException notWhole) {
			throw new IllegalArgumentException("the field '" + key + "' is " + number + ", not a whole number");
		}
	}

	/** The truth value of field {@code key}; throws naming the field when it is missing or not true or false. */
	public static boolean bool(JsonObject json, String key) {
		JsonValue value = json.get(key);
		if (value == null || !value.isBoolean()) {
			throw new IllegalArgumentException(missing(key, value, "true or false"));
		}
		return value.getAsBoolean().value();
	}

	private static List<JsonValue> items(JsonValue value) {
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new IllegalArgumentException("expected a list, not " + value);
		}
		return value.getAsArray();
	}

	private static String missing(String key, JsonValue value, String expected) {
		return value == null ? "the field '" + key + "' is missing"
				: "the field '" + key + "' is " + shortly(value) + ", not " + expected;
	}

	private static String shortly(JsonValue value) {
		String text = value.toString();
		return text.length() > 40 ? text.substring(0, 37) + "..." : text;
	}
}
