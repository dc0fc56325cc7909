package org.cjmstudio.collab.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.cjmstudio.collab.client.MapSnapshot;
import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.PatchText;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.testing.fuzz.FuzzRun;
import org.cjmstudio.testing.fuzz.Mutations;
import org.cjmstudio.testing.fuzz.Mutations.Mutant;
import org.cjmstudio.testing.fuzz.Mutations.Nesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The team protocol under fire, seeded and for a few seconds each ({@link FuzzRun} says how to replay or run more):
 * damaged requests (request line, headers, lengths, RDF Patch and JSON bodies) sent as raw bytes to a real server on
 * loopback, and damaged answers of that server given to the client. The server answers every request in time with a
 * reason and no stack trace, never fails itself (no 500), keeps working, and changes nothing for a refused request;
 * the client turns every damaged answer into a {@link RepositoryException} naming the server, nothing else.
 */
@Timeout(180)
class TeamProtocolFuzzTest {

	private static final Duration BUDGET = Duration.ofSeconds(6);
	private static final int ANSWER_MILLIS = 15_000;

	private TeamServer server;
	private RepositoryClient lena;
	private String mapId;

	@BeforeEach
	void shareTheMap() throws Exception {
		server = TeamServer.start();
		JourneyMap local = SampleMaps.b2c();
		mapId = local.getId();
		TeamClient.share(server.client("lena"), local, TeamClient.newStore()).close();
		lena = server.client("lena");
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void damagedRequestsAreRefusedWithAReasonAndChangeNothing() throws Exception {
		int port = server.address().resolve("").getPort();
		MapSnapshot current = lena.snapshot(mapId, OptionalLong.empty());
		try (FuzzRun run = FuzzRun.timed("team repository requests", BUDGET)) {
			for (int i = 0; run.more(i); i++) {
				List<byte[]> seeds = requests(current);
				byte[] seed = seeds.get(i % seeds.size());
				Mutations mutations = new Mutations(run.randomFor(i), i % seeds.size() < 2 ? Nesting.TURTLE
						: Nesting.JSON);
				Mutant mutant;
				RawHttp.Parts parts = RawHttp.Parts.of(seed);
				if (parts.body().length > 0 && run.randomFor(i).nextBoolean()) {
					// the body damaged but its length told right, so it reaches our servlet's readers
					Mutant body = mutations.mutate(parts.body());
					List<String> done = new ArrayList<>(List.of("body:"));
					done.addAll(body.done());
					mutant = new Mutant(parts.withBody(body.bytes()), done);
				} else {
					mutant = mutations.mutate(seed);
				}
				byte[] answer = run.withinLimit(i, mutant.done(), () -> RawHttp.exchange(port, mutant.bytes(),
						ANSWER_MILLIS));
				int status = RawHttp.status(answer);
				String problem = null;
				// 501 (a method nobody knows) and 505 (an HTTP version nobody speaks) are Jetty's right answers to a
				// damaged request line; the other 5xx mean the server failed
				if (status >= 500 && status != 501 && status != 505) {
					problem = "made the server fail (" + new String(answer, StandardCharsets.UTF_8) + ")";
				} else if (RawHttp.showsAStackTrace(answer)) {
					problem = "was answered with a stack trace:\n" + new String(answer, StandardCharsets.UTF_8);
				} else {
					MapSnapshot now = lena.snapshot(mapId, OptionalLong.empty());
					if (now.version() != current.version() && status != 200) {
						problem = "was refused (" + status + ") but the map moved from version " + current.version()
								+ " to " + now.version();
					}
					current = now;
				}
				if (problem == null && i % 20 == 0) {
					lena.maps(); // still answering, and the map still reads
				}
				if (problem != null) {
					throw run.failure(i, mutant.done(), problem, null);
				}
			}
		}
		lena.maps();
		lena.history(mapId);
	}

	@Test
	void damagedAnswersAreTheClientsRepositoryExceptionNamingTheServer() throws Exception {
		MapSnapshot now = lena.snapshot(mapId, OptionalLong.empty());
		int port = server.address().resolve("").getPort();
		String map = "/cjm/maps/" + mapId;
		List<Call> calls = List.of(
				new Call("GET /cjm/maps", client -> client.maps()),
				new Call("GET " + map, client -> client.snapshot(mapId, OptionalLong.empty())),
				new Call("GET " + map + "/patches?since=0", client -> client.changesSince(mapId, 0, Duration.ZERO, -1)),
				new Call("GET " + map + "/history", client -> client.history(mapId)),
				new Call("GET " + map + "/access", client -> client.access(mapId)),
				new Call("POST " + map + "/patches", client -> client.commit(mapId, rename(now, "Fuzzed"))));
		List<byte[]> answers = new ArrayList<>();
		for (Call call : calls) {
			String[] request = call.request().split(" ");
			byte[] body = request[0].equals("POST")
					? PatchText.write(rename(now, "Stale"), RepositoryClient.graphOf(mapId)).getBytes(StandardCharsets.UTF_8)
					: new byte[0];
			answers.add(RawHttp.exchange(port, RawHttp.request(request[0], request[1], "application/rdf-patch", body),
					ANSWER_MILLIS));
		}
		AtomicReference<byte[]> answer = new AtomicReference<>();
		try (RawHttp.ScriptedServer scripted = new RawHttp.ScriptedServer(answer::get);
				FuzzRun run = FuzzRun.timed("team repository answers", BUDGET)) {
			RepositoryAddress address = RepositoryAddress.parse("http://127.0.0.1:" + scripted.port());
			RepositoryClient client = new RepositoryClient(address, "lena", "lena-secret".toCharArray());
			for (int i = 0; run.more(i); i++) {
				Call call = calls.get(i % calls.size());
				byte[] real = answers.get(i % calls.size());
				Mutations mutations = new Mutations(run.randomFor(i), i % calls.size() == 1 ? Nesting.TURTLE
						: Nesting.JSON);
				RawHttp.Parts parts = RawHttp.Parts.of(real);
				Mutant mutant;
				if (!isChunked(parts) && run.randomFor(i).nextBoolean()) {
					Mutant body = mutations.mutate(parts.body());
					List<String> done = new ArrayList<>(List.of("body:"));
					done.addAll(body.done());
					mutant = new Mutant(parts.withBody(body.bytes()), done);
				} else {
					mutant = mutations.mutate(real);
				}
				answer.set(mutant.bytes());
				String problem = run.withinLimit(i, mutant.done(), () -> {
					try {
						call.on().run(client);
						return null;
					} catch (RepositoryException told) {
						return told.getMessage() != null && told.getMessage().contains(address.toString()) ? null
								: "was told without naming the server: " + told.getMessage();
					}
				});
				if (problem != null) {
					throw run.failure(i, mutant.done(), call.request() + " " + problem, null);
				}
			}
		}
	}

	/** The requests a workbench makes, each as raw bytes, the patch offered on the map's current head. */
	private List<byte[]> requests(MapSnapshot now) {
		String map = "/cjm/maps/" + mapId;
		String element = now.graph().find(Node.ANY, CJM.name.asNode(), Node.ANY).next().getSubject().getURI();
		String elementId = element.substring(element.lastIndexOf('/') + 1);
		return List.of(
				RawHttp.request("POST", map + "/patches", "application/rdf-patch",
						PatchText.write(rename(now, "Renamed by the fuzz"), RepositoryClient.graphOf(mapId))),
				RawHttp.request("GET", map + "?version=1", null, ""),
				RawHttp.request("PUT", map + "/presence", "application/json",
						"{\"open\": true, \"selection\": \"" + elementId + "\"}"),
				RawHttp.request("PUT", map + "/access", "application/json",
						"{\"owner\": \"lena\", \"readers\": [\"omar\"], \"writers\": [\"omar\", \"lena\"]}"),
				RawHttp.request("GET", map + "/patches?since=1&presence=-1", null, ""),
				RawHttp.request("GET", map + "/history", null, ""),
				RawHttp.request("GET", "/cjm/maps", null, ""));
	}

	private MapPatch rename(MapSnapshot on, String title) {
		Triple old = on.graph().find(NodeFactory.createURI(CJM.ID_NS + mapId), CJM.title.asNode(), Node.ANY).next();
		Triple renamed = Triple.create(old.getSubject(), old.getPredicate(), NodeFactory.createLiteralString(title));
		return MapPatch.create(on.head(), "lena", "renamed the map", new TripleDiff(List.of(old), List.of(renamed)));
	}

	private static boolean isChunked(RawHttp.Parts parts) {
		return new String(parts.head(), StandardCharsets.ISO_8859_1).toLowerCase().contains("transfer-encoding: chunked");
	}

	/** What the client does, and the request of the real server whose answer stands in for the damaged one. */
	private record Call(String request, ClientCall on) {
	}

	@FunctionalInterface
	private interface ClientCall {
		void run(RepositoryClient client) throws RepositoryException;
	}
}
