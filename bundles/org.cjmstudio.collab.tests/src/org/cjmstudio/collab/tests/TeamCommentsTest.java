package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.edit.comments.CommentCommands;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lena and Omar discuss a barrier of the shared B2C map: a comment written in one workbench appears in the other and
 * on the server, as linked data like the rest of the map; a reply and a resolve made at the same moment both stay.
 */
@Timeout(90)
class TeamCommentsTest extends LenaAndOmarShareTheB2cSample {

	private static final Date MONDAY = Date.from(Instant.parse("2026-11-23T09:15:00Z"));

	@Test
	void aCommentWrittenByLenaReachesOmarAndTheServerAndTheirAnswersMerge() throws Exception {
		lena.edit((domain, map) -> CommentCommands.startThread(domain, SampleMaps.barrier(map, 0), "lena",
				"Which interview says so?", MONDAY));
		long version = TeamClient.awaitAllSynced(server.client("lena"), mapId, lena, omar);
		assertEquals(2, version, "sharing and the comment");

		CommentThread atOmar = omar.read(map -> thread(map));
		assertEquals(1, atOmar.getComments().size());
		Comment first = atOmar.getComments().get(0);
		assertEquals("lena", first.getAuthor());
		assertEquals("Which interview says so?", first.getText());
		assertEquals(MONDAY, first.getCreated());
		assertFalse(atOmar.isResolved());

		Graph onServer = server.client("omar").snapshot(mapId, OptionalLong.empty()).graph();
		Node comment = onServer.find(Node.ANY, CJM.text.asNode(), NodeFactory.createLiteralString(
				"Which interview says so?")).next().getSubject();
		assertTrue(onServer.contains(comment, RDF.type.asNode(), CJM.Comment.asNode()));
		assertTrue(onServer.contains(comment, CJM.author.asNode(), NodeFactory.createLiteralString("lena")));
		assertTrue(SampleMaps.same(onServer, omar.export()), () -> "the server's graph differs from Omar's export: "
				+ SampleMaps.difference(onServer, omar.export()));

		// Omar answers while Lena, satisfied, resolves the thread: different properties, both stay
		CyclicBarrier together = new CyclicBarrier(2);
		Thread omarTyping = new Thread(() -> omar.edit((domain, map) -> {
			await(together);
			return CommentCommands.reply(domain, thread(map), "omar", "Interviews 3 and 7; I linked them.", MONDAY);
		}));
		Thread lenaResolving = new Thread(() -> lena.edit((domain, map) -> {
			await(together);
			return CommentCommands.setResolved(domain, thread(map), true);
		}));
		omarTyping.start();
		lenaResolving.start();
		omarTyping.join();
		lenaResolving.join();
		version = TeamClient.awaitAllSynced(server.client("lena"), mapId, lena, omar);
		assertEquals(4, version);
		for (TeamClient client : List.of(lena, omar)) {
			assertTrue(client.read(map -> thread(map).isResolved()));
			assertEquals(List.of("lena", "omar"), client.read(map -> thread(map).getComments().stream()
					.map(Comment::getAuthor).toList()));
		}
		Graph merged = server.client("lena").snapshot(mapId, OptionalLong.empty()).graph();
		assertTrue(SampleMaps.same(merged, lena.export()), () -> SampleMaps.difference(merged, lena.export()));
		assertTrue(SampleMaps.same(merged, omar.export()), () -> SampleMaps.difference(merged, omar.export()));

		String barrier = lena.read(map -> SampleMaps.barrier(map, 0).getName());
		List<String> said = server.client("lena").history(mapId).stream().map(HistoryEntry::summary).toList();
		assertTrue(said.contains("commented on barrier '" + barrier + "'" + stageOf(barrier)
				+ ": 'Which interview says so?'"), said::toString);
		assertTrue(said.stream().anyMatch(summary -> summary.startsWith("replied on barrier '" + barrier + "'")),
				said::toString);
		assertTrue(said.stream().anyMatch(summary -> summary.startsWith("resolved the comment thread on barrier '"
				+ barrier + "'")), said::toString);
	}

	private String stageOf(String barrier) {
		return lena.read(map -> " in stage '" + ((org.cjmstudio.model.Stage) SampleMaps.barrier(map, 0).eContainer())
				.getName() + "'");
	}

	private static CommentThread thread(JourneyMap map) {
		return SampleMaps.barrier(map, 0).getCommentThreads().get(0);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
