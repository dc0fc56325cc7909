package org.cjmstudio.collab.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The JSON the workbench and the repository server exchange besides RDF Patch and N-Triples, written and read in one
 * place so both sides agree on every field name.
 */
public final class ProtocolJson {

	private ProtocolJson() {
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
		return new TeamMapInfo(json.getString("id"), json.getString("title"), json.getNumber("version").longValue(),
				json.getString("owner"), json.getBoolean("canWrite"));
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
		return new HistoryEntry(json.getNumber("version").longValue(), json.getString("id"), json.getString("author"),
				Instant.parse(json.getString("time")), json.getString("summary"));
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
		return new Presence(json.getString("user"), json.hasKey("selection") ? json.getString("selection") : null);
	}

	public static JsonObject access(MapAccess access) {
		JsonObject json = new JsonObject();
		json.put("owner", access.owner());
		json.put("readers", strings(access.readers()));
		json.put("writers", strings(access.writers()));
		return json;
	}

	public static MapAccess access(JsonObject json) {
		return new MapAccess(json.getString("owner"), strings(json.get("readers")), strings(json.get("writers")));
	}

	public static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	public static List<String> strings(JsonValue value) {
		List<String> strings = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.getAsArray().forEach(item -> strings.add(item.getAsString().value()));
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
		if (value != null && value.isArray()) {
			value.getAsArray().forEach(item -> items.add(reader.apply(item.getAsObject())));
		}
		return items;
	}
}
