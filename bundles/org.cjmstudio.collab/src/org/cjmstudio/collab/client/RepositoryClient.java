package org.cjmstudio.collab.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.PatchFormatException;
import org.cjmstudio.collab.patch.PatchText;
import org.cjmstudio.collab.client.RepositoryException.Reason;
import org.cjmstudio.rdf.mapping.ElementIris;

/**
 * Talks to a CJM Studio team repository (Fuseki with the CJM repository module) over HTTP(S), authenticating every
 * request with the user's name and password (HTTP Basic; use HTTPS outside a trusted network). Every failure is a
 * {@link RepositoryException} whose message names the server and says what to do.
 */
public final class RepositoryClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

	private final RepositoryAddress address;
	private final String user;
	private final String authorization;
	private final HttpClient http;

	public RepositoryClient(RepositoryAddress address, String user, char[] password) {
		this.address = address;
		this.user = user;
		String credentials = user + ":" + new String(password);
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
	}

	public RepositoryAddress address() {
		return address;
	}

	public String user() {
		return user;
	}

	/** The maps this user may read. Also the way to check address and password. */
	public List<TeamMapInfo> maps() throws RepositoryException {
		return read(send(get("cjm/maps"), "list the team maps"), "list the team maps",
				json -> ProtocolJson.list(json.get("maps"), ProtocolJson::mapInfo));
	}

	/** A map's graph now, or as it was at {@code version}. */
	public MapSnapshot snapshot(String mapId, OptionalLong version) throws RepositoryException {
		String query = version.isPresent() ? "?version=" + version.getAsLong() : "";
		HttpResponse<String> response = send(get("cjm/maps/" + mapId + query), "open the team map");
		Graph graph = GraphFactory.createDefaultGraph();
		try {
			RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(graph);
		} catch (RuntimeException e) { // RiotException, and whatever else Jena's tokenizer throws on damaged text
			throw new RepositoryException(Reason.SERVER_ERROR,
					"The team repository at " + address + " sent a map that is not valid N-Triples: " + e.getMessage(), e);
		}
		String at = response.headers().firstValue("CJM-Version").orElse("0");
		try {
			return new MapSnapshot(graph, Long.parseLong(at.strip()), response.headers().firstValue("CJM-Head").orElse(null));
		} catch (NumberFormatException e) {
			throw unreadable("open the team map", "its version '" + at + "' is not a number", e);
		}
	}

	/** Offers a patch; the first patch of a map (no {@code prev}) shares the map. */
	public CommitOutcome commit(String mapId, MapPatch patch) throws RepositoryException {
		HttpRequest request = request("cjm/maps/" + mapId + "/patches")
				.header("Content-Type", "application/rdf-patch")
				.POST(HttpRequest.BodyPublishers.ofString(PatchText.write(patch, graphOf(mapId)))).build();
		HttpResponse<String> response = sendAllowing(request, "send a change", 409, 422, 400);
		return read(response, "send a change", json -> switch (response.statusCode()) {
		case 409 -> new CommitOutcome.Behind(ProtocolJson.number(json, "version"),
				json.hasKey("head") ? ProtocolJson.string(json, "head") : null);
		case 422, 400 -> new CommitOutcome.Rejected(ProtocolJson.string(json, "reason"));
		default -> new CommitOutcome.Accepted(ProtocolJson.number(json, "version"));
		});
	}

	/**
	 * The patches after {@code version} and who has the map open. Waits up to {@code wait} for something new (a patch,
	 * or presence other than {@code presenceStamp}), so an idle client sees a change as soon as it is made.
	 */
	public RemoteChanges changesSince(String mapId, long version, Duration wait, long presenceStamp)
			throws RepositoryException {
		String path = "cjm/maps/" + mapId + "/patches?since=" + version + "&wait=" + wait.toMillis() + "&presence="
				+ presenceStamp;
		HttpRequest request = request(path).timeout(wait.plus(REQUEST_TIMEOUT)).GET().build();
		Node graph = graphOf(mapId);
		return read(send(request, "fetch the team's changes"), "fetch the team's changes", json -> {
			List<VersionedPatch> patches = ProtocolJson.list(json.get("patches"), entry -> {
				try {
					return new VersionedPatch(ProtocolJson.number(entry, "version"),
							PatchText.read(ProtocolJson.string(entry, "patch"), graph));
				} catch (PatchFormatException e) {
					throw new IllegalArgumentException("a change is not RDF Patch: " + e.getMessage(), e);
				}
			});
			return new RemoteChanges(patches, ProtocolJson.list(json.get("presence"), ProtocolJson::presence),
					ProtocolJson.number(json, "presenceStamp"));
		});
	}

	public List<HistoryEntry> history(String mapId) throws RepositoryException {
		return read(send(get("cjm/maps/" + mapId + "/history"), "read the map's history"), "read the map's history",
				json -> ProtocolJson.list(json.get("entries"), ProtocolJson::historyEntry));
	}

	/** Tells the others this user has the map open with {@code selection} selected, or has closed it. */
	public void presence(String mapId, String selection, boolean open) throws RepositoryException {
		JsonObject json = new JsonObject();
		json.put("open", open);
		if (selection != null) {
			json.put("selection", selection);
		}
		send(request("cjm/maps/" + mapId + "/presence").header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(JSON.toStringFlat(json))).build(), "share what you look at");
	}

	public MapAccess access(String mapId) throws RepositoryException {
		return read(send(get("cjm/maps/" + mapId + "/access"), "read who may edit the map"),
				"read who may edit the map", ProtocolJson::access);
	}

	public void setAccess(String mapId, MapAccess access) throws RepositoryException {
		send(request("cjm/maps/" + mapId + "/access").header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(JSON.toStringFlat(ProtocolJson.access(access)))).build(),
				"change who may edit the map");
	}

	/** The named graph a map lives in on the server (the one a TriG export uses). */
	public static Node graphOf(String mapId) {
		return ElementIris.graphOf(mapId);
	}

	private HttpRequest get(String path) {
		return request(path).GET().build();
	}

	private HttpRequest.Builder request(String path) {
		URI uri = address.resolve(path);
		return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Authorization", authorization)
				.header("Accept", "application/json, application/n-triples");
	}

	private HttpResponse<String> send(HttpRequest request, String what) throws RepositoryException {
		return sendAllowing(request, what);
	}

	private HttpResponse<String> sendAllowing(HttpRequest request, String what, int... allowed)
			throws RepositoryException {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (ConnectException | HttpConnectTimeoutException e) {
			throw new RepositoryException(Reason.UNREACHABLE, "Cannot reach the team repository at " + address
					+ " to " + what + " (" + describe(e) + "). Your changes are kept and sent when it is back.", e);
		} catch (HttpTimeoutException e) {
			throw new RepositoryException(Reason.UNREACHABLE, "The team repository at " + address
					+ " did not answer in time to " + what + ". Your changes are kept and sent when it answers.", e);
		} catch (IOException e) {
			throw new RepositoryException(Reason.UNREACHABLE, "The connection to the team repository at " + address
					+ " failed while trying to " + what + " (" + describe(e) + "). Your changes are kept.", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RepositoryException(Reason.UNREACHABLE, "Stopped while trying to " + what + ".", e);
		} catch (RuntimeException damaged) {
			// The JDK's client throws NumberFormatException for a damaged Content-Length (found by TeamProtocolFuzzTest)
			throw unreadable(what, "its answer is not well-formed HTTP: " + describe(damaged), damaged);
		}
		int status = response.statusCode();
		for (int ok : allowed) {
			if (status == ok) {
				return response;
			}
		}
		if (status >= 200 && status < 300) {
			return response;
		}
		throw failure(status, response.body(), what);
	}

	private RepositoryException failure(int status, String body, String what) {
		return switch (status) {
		case 401 -> new RepositoryException(Reason.UNAUTHORIZED, "The team repository at " + address
				+ " did not accept the user name '" + user + "' with this password. Check both and connect again.");
		case 403 -> new RepositoryException(Reason.FORBIDDEN, "You ('" + user + "') may not " + what
				+ " on the team repository at " + address + ". Ask the map's owner for access." + detail(body));
		case 404 -> new RepositoryException(Reason.NOT_FOUND,
				"The team repository at " + address + " has no such map (it may have been removed)." + detail(body));
		default -> new RepositoryException(Reason.SERVER_ERROR, "The team repository at " + address + " could not "
				+ what + " (HTTP " + status + ")." + detail(body));
		};
	}

	private static String detail(String body) {
		try {
			JsonObject json = ProtocolJson.object(body);
			return json.hasKey("reason") ? " " + ProtocolJson.string(json, "reason") : "";
		} catch (RuntimeException notJson) {
			return "";
		}
	}

	/**
	 * The answer read by {@code reader}. An answer that is not JSON, or JSON without the fields it should have, is a
	 * {@link RepositoryException} like any other failure: nothing unchecked reaches the sync threads, which would
	 * otherwise stop without a word.
	 */
	private <T> T read(HttpResponse<String> response, String what, Function<JsonObject, T> reader)
			throws RepositoryException {
		JsonObject json;
		try {
			json = ProtocolJson.object(response.body());
		} catch (IllegalArgumentException e) {
			throw new RepositoryException(Reason.SERVER_ERROR, "The server at " + address
					+ " is not a CJM Studio team repository (its answer is not what CJM Studio expects).", e);
		}
		try {
			return reader.apply(json);
		} catch (IllegalArgumentException e) {
			throw unreadable(what, e.getMessage(), e);
		}
	}

	private RepositoryException unreadable(String what, String why, Exception cause) {
		return new RepositoryException(Reason.SERVER_ERROR, "The team repository at " + address
				+ " gave an answer CJM Studio cannot read when asked to " + what + " (" + why + ").", cause);
	}

	private static String describe(Exception e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
