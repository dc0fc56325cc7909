package org.cjmstudio.collab.server.http;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cjmstudio.collab.client.MapAccess;
import org.cjmstudio.collab.client.ProtocolJson;
import org.cjmstudio.collab.server.store.CommitResult;
import org.cjmstudio.collab.server.store.LogEntry;
import org.cjmstudio.collab.server.store.MapRepository;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The repository's own endpoints under {@code /cjm/}, beside Fuseki's SPARQL endpoint: list maps, read a map (now or
 * at a version), offer a patch, fetch patches since a version (long poll), read the history, say what one is looking
 * at, read and change who may edit. Fuseki has authenticated the user before a request gets here; this servlet
 * decides per map what that user may do.
 */
final class RepositoryServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final long MAX_WAIT_MILLIS = 30_000;

	private final transient MapRepository repository;
	private final transient PresenceBoard presence = new PresenceBoard();

	RepositoryServlet(MapRepository repository) {
		this.repository = repository;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String user = request.getRemoteUser();
		if (user == null) {
			reply(response, 401, ProtocolJson.reason("Log in to use the team repository."));
			return;
		}
		String[] path = pathOf(request);
		try {
			route(request, response, user, path);
		} catch (IllegalArgumentException badRequest) {
			reply(response, 400, ProtocolJson.reason(badRequest.getMessage()));
		} catch (RuntimeException bug) {
			// A request must never see a stack trace or an empty 500: the server's log has the trace, the client a reason.
			getServletContext().log("The request " + request.getMethod() + " " + request.getRequestURI() + " failed",
					bug);
			if (!response.isCommitted()) {
				response.reset();
				reply(response, 500, ProtocolJson.reason("The team repository could not handle this request ("
						+ bug.getClass().getSimpleName() + "); its log says more. Nothing was changed."));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			reply(response, 503, ProtocolJson.reason("The server is stopping."));
		}
	}

	private void route(HttpServletRequest request, HttpServletResponse response, String user, String[] path)
			throws IOException, InterruptedException {
		String method = request.getMethod();
		if (path.length == 1 && path[0].equals("maps") && method.equals("GET")) {
			JsonObject json = new JsonObject();
			json.put("user", user);
			json.put("maps", ProtocolJson.array(repository.maps(user), ProtocolJson::mapInfo));
			reply(response, 200, json);
			return;
		}
		if (path.length < 2 || !path[0].equals("maps")) {
			reply(response, 404, ProtocolJson.reason("No such endpoint: " + request.getRequestURI()));
			return;
		}
		String mapId = mapId(path[1]);
		String action = path.length > 2 ? path[2] : "";
		if (action.equals("patches") && method.equals("POST")) {
			commit(request, response, user, mapId);
			return;
		}
		Optional<MapAccess> access = repository.access(mapId);
		if (access.isEmpty()) {
			reply(response, 404, ProtocolJson.reason("The team repository has no map " + mapId + "."));
			return;
		}
		if (!access.get().mayRead(user)) {
			reply(response, 403, ProtocolJson.reason("The map's owner " + access.get().owner()
					+ " has not shared it with you."));
			return;
		}
		switch (action + " " + method) {
		case " GET" -> graph(request, response, mapId);
		case "patches GET" -> patches(request, response, mapId);
		case "history GET" -> history(response, mapId);
		case "presence PUT" -> presence(request, response, user, mapId);
		case "access GET" -> reply(response, 200, ProtocolJson.access(access.get()));
		case "access PUT" -> setAccess(request, response, user, mapId, access.get());
		default -> reply(response, 404, ProtocolJson.reason("No such endpoint: " + method + " "
				+ request.getRequestURI()));
		}
	}

	private void commit(HttpServletRequest request, HttpServletResponse response, String user, String mapId)
			throws IOException {
		String patch = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		switch (repository.commit(mapId, patch, user)) {
		case CommitResult.Accepted accepted -> reply(response, 200, ProtocolJson.version(accepted.version(),
				accepted.head()));
		case CommitResult.Behind behind -> reply(response, 409, ProtocolJson.version(behind.version(), behind.head()));
		case CommitResult.Rejected rejected -> reply(response, rejected.malformed() ? 400 : 422,
				ProtocolJson.reason(rejected.reason()));
		case CommitResult.Forbidden forbidden -> reply(response, 403, ProtocolJson.reason(forbidden.reason()));
		case CommitResult.NotFound notFound -> reply(response, 404, ProtocolJson.reason(notFound.reason()));
		}
	}

	private void graph(HttpServletRequest request, HttpServletResponse response, String mapId) throws IOException {
		OptionalLong version = longParameter(request, "version");
		MapRepository.MapVersion found = repository.graph(mapId, version).orElseThrow();
		StringWriter text = new StringWriter();
		RDFDataMgr.write(text, found.graph(), Lang.NTRIPLES);
		response.setStatus(200);
		response.setHeader("CJM-Version", Long.toString(found.version()));
		response.setHeader("CJM-Head", found.head());
		response.setContentType("application/n-triples; charset=utf-8");
		response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void patches(HttpServletRequest request, HttpServletResponse response, String mapId)
			throws IOException, InterruptedException {
		long since = longParameter(request, "since").orElse(0);
		long wait = Math.min(longParameter(request, "wait").orElse(0), MAX_WAIT_MILLIS);
		long seenPresence = longParameter(request, "presence").orElse(-1);
		List<LogEntry> entries = repository.after(mapId, since, wait, () -> presence.stamp(mapId) != seenPresence)
				.orElseThrow();
		JsonObject json = new JsonObject();
		json.put("patches", ProtocolJson.array(entries, entry -> {
			JsonObject patch = new JsonObject();
			patch.put("version", entry.version());
			patch.put("patch", entry.patchText());
			return patch;
		}));
		json.put("presence", ProtocolJson.array(presence.of(mapId), ProtocolJson::presence));
		json.put("presenceStamp", presence.stamp(mapId));
		reply(response, 200, json);
	}

	private void history(HttpServletResponse response, String mapId) throws IOException {
		List<LogEntry> entries = repository.history(mapId).orElseThrow();
		JsonObject json = new JsonObject();
		json.put("entries", ProtocolJson.array(entries, entry -> ProtocolJson.historyEntry(entry.toHistoryEntry())));
		reply(response, 200, json);
	}

	private void presence(HttpServletRequest request, HttpServletResponse response, String user, String mapId)
			throws IOException {
		JsonObject json = body(request);
		boolean open = !json.hasKey("open") || ProtocolJson.bool(json, "open");
		String selection = json.hasKey("selection") ? mapId(ProtocolJson.string(json, "selection")) : null;
		if (presence.update(mapId, user, selection, open)) {
			repository.poke(mapId);
		}
		response.setStatus(204);
	}

	private void setAccess(HttpServletRequest request, HttpServletResponse response, String user, String mapId,
			MapAccess current) throws IOException {
		if (!user.equals(current.owner())) {
			reply(response, 403, ProtocolJson.reason("Only the map's owner " + current.owner()
					+ " may change who can read and edit it."));
			return;
		}
		MapAccess wanted = ProtocolJson.access(body(request));
		MapAccess changed = new MapAccess(current.owner(), wanted.readers(), wanted.writers());
		repository.setAccess(mapId, changed);
		reply(response, 200, ProtocolJson.access(changed));
	}

	private static JsonObject body(HttpServletRequest request) throws IOException {
		String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			return ProtocolJson.object(text);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("The request's body is " + e.getMessage() + ".", e);
		}
	}

	private static String[] pathOf(HttpServletRequest request) {
		String info = request.getPathInfo() == null ? "" : request.getPathInfo();
		return info.replaceAll("^/+|/+$", "").split("/+");
	}

	/** Map and element ids are UUIDs; anything else is refused before it reaches the store. */
	private static String mapId(String text) {
		try {
			return UUID.fromString(text).toString();
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + text + "' is not a map or element id (a UUID).");
		}
	}

	private static OptionalLong longParameter(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(value.strip()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("The parameter '" + name + "' must be a whole number, not '" + value + "'.");
		}
	}

	private static void reply(HttpServletResponse response, int status, JsonObject json) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json; charset=utf-8");
		response.getOutputStream().write(JSON.toStringFlat(json).getBytes(StandardCharsets.UTF_8));
	}
}
