package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.cjmstudio.collab.client.CommitOutcome;
import org.cjmstudio.collab.client.MapAccess;
import org.cjmstudio.collab.client.MapSnapshot;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who may do what: a wrong password, a map that is not shared with you, a malformed patch, a patch outside the
 * map's graph and a patch that would break the map are refused with a clear reason, and the server's data stays as
 * it was.
 */
@Timeout(90)
class SecurityTest {

	private TeamServer server;
	private TeamClient lena;
	private String mapId;
	private MapSnapshot before;

	@BeforeEach
	void shareTheMap() throws Exception {
		server = TeamServer.start();
		JourneyMap local = SampleMaps.b2c();
		mapId = local.getId();
		lena = TeamClient.share(server.client("lena"), local, TeamClient.newStore());
		before = server.client("lena").snapshot(mapId, OptionalLong.empty());
	}

	@AfterEach
	void stop() throws Exception {
		lena.close();
		server.close();
	}

	@Test
	void aWrongPasswordIsRefusedNamingTheUser() {
		RepositoryClient wrong = new RepositoryClient(server.address(), "omar", "guessed".toCharArray());
		RepositoryException refused = assertThrows(RepositoryException.class, wrong::maps);
		assertEquals(RepositoryException.Reason.UNAUTHORIZED, refused.reason());
		assertTrue(refused.getMessage().contains("did not accept the user name 'omar'"), refused.getMessage());
	}

	@Test
	void aServerThatIsNotThereSaysSoAndThatChangesAreKept() {
		RepositoryClient nowhere = new RepositoryClient(
				org.cjmstudio.collab.client.RepositoryAddress.parse("http://127.0.0.1:9"), "omar", "x".toCharArray());
		RepositoryException refused = assertThrows(RepositoryException.class, nowhere::maps);
		assertEquals(RepositoryException.Reason.UNREACHABLE, refused.reason());
		assertTrue(refused.getMessage().startsWith("Cannot reach the team repository at http://127.0.0.1:9"),
				refused.getMessage());
	}

	@Test
	void aMapSharedOnlyWithSomeIsHiddenFromOthersAndReadOnlyForReaders() throws Exception {
		server.client("lena").setAccess(mapId, new MapAccess("lena", List.of("omar"), List.of()));
		assertTrue(server.client("guest").maps().isEmpty(), "guest sees a map not shared with them");
		RepositoryException hidden = assertThrows(RepositoryException.class,
				() -> server.client("guest").snapshot(mapId, OptionalLong.empty()));
		assertEquals(RepositoryException.Reason.FORBIDDEN, hidden.reason());

		assertEquals(false, server.client("omar").maps().get(0).canWrite());
		RepositoryException readOnly = assertThrows(RepositoryException.class,
				() -> server.client("omar").commit(mapId, rename("Omar's name", before)));
		assertEquals(RepositoryException.Reason.FORBIDDEN, readOnly.reason());
		assertTrue(readOnly.getMessage().contains("may change the map"), readOnly.getMessage());
		assertUnchanged();
	}

	@Test
	void malformedOrForeignPatchesAndPatchesThatBreakTheMapAreRefusedWithAReason() throws Exception {
		assertEquals(400, post("this is not RDF Patch").statusCode());
		String outside = "H id <urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427> .\nH prev <" + before.head() + "> .\n"
				+ "TX .\nA <https://w3id.org/cjmstudio/id/1b4e28ba-2fa1-11d2-883f-0016d3cca427> "
				+ "<https://w3id.org/cjmstudio/ontology#name> \"x\" <urn:other:graph> .\nTC .\n";
		HttpResponse<String> foreign = post(outside);
		assertEquals(400, foreign.statusCode());
		assertTrue(foreign.body().contains("outside the map's graph"), foreign.body());

		CommitOutcome emptyStageName = server.client("lena").commit(mapId, renameStage("", before));
		CommitOutcome.Rejected rejected = assertInstanceOf(CommitOutcome.Rejected.class, emptyStageName);
		assertTrue(rejected.reason().contains("A stage has exactly one non-empty name"), rejected.reason());
		assertUnchanged();
	}

	@Test
	void theSparqlEndpointShowsEachUserTheMapsTheyMayReadAndTakesNoUpdates() throws Exception {
		String query = "SELECT ?title WHERE { GRAPH ?g { ?map <" + CJM.title.getURI() + "> ?title } }";
		HttpResponse<String> asOmar = sparql("omar", query);
		assertEquals(200, asOmar.statusCode());
		assertTrue(asOmar.body().contains("Buying a rain jacket online"), asOmar.body());
		server.client("lena").setAccess(mapId, new MapAccess("lena", List.of(), List.of()));
		HttpResponse<String> asGuest = sparql("guest", query);
		assertEquals(200, asGuest.statusCode());
		assertTrue(!asGuest.body().contains("rain jacket"), asGuest.body());
		HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create(server.address() + "/repo/update")).header("Authorization", basic("lena"))
				.header("Content-Type", "application/sparql-update")
				.POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
		assertTrue(update.statusCode() >= 400, "SPARQL Update answered " + update.statusCode());
		assertUnchanged();
	}

	private void assertUnchanged() throws Exception {
		MapSnapshot now = server.client("lena").snapshot(mapId, OptionalLong.empty());
		assertEquals(before.version(), now.version());
		assertTrue(SampleMaps.same(before.graph(), now.graph()));
	}

	private MapPatch rename(String title, MapSnapshot on) {
		Triple old = on.graph().find(ElementIris.graphOf(mapId) == null ? null : NodeFactory.createURI(CJM.ID_NS + mapId),
				CJM.title.asNode(), org.apache.jena.graph.Node.ANY).next();
		Triple now = Triple.create(old.getSubject(), old.getPredicate(), NodeFactory.createLiteralString(title));
		return MapPatch.create(on.head(), "omar", "renamed the map", new TripleDiff(List.of(old), List.of(now)));
	}

	private MapPatch renameStage(String name, MapSnapshot on) {
		Graph graph = on.graph();
		Triple old = graph.find(org.apache.jena.graph.Node.ANY, CJM.name.asNode(), org.apache.jena.graph.Node.ANY)
				.filterKeep(t -> graph.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(),
						CJM.Stage.asNode()))
				.next();
		Triple now = Triple.create(old.getSubject(), old.getPredicate(), NodeFactory.createLiteralString(name));
		return MapPatch.create(on.head(), "lena", "renamed a stage", new TripleDiff(List.of(old), List.of(now)));
	}

	private HttpResponse<String> post(String patch) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create(server.address() + "/cjm/maps/" + mapId + "/patches"))
				.header("Authorization", basic("lena")).POST(HttpRequest.BodyPublishers.ofString(patch)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> sparql(String user, String query) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create(server.address() + "/repo/sparql?query="
						+ java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
				.header("Authorization", basic(user)).header("Accept", "application/sparql-results+json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + user + "-secret").getBytes(StandardCharsets.UTF_8));
	}
}
