package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;

import org.apache.jena.graph.Graph;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Severity;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lena shares the B2C map on a real team repository and Omar opens it; both edit at the same time.
 */
@Timeout(90)
class TwoWorkbenchesTest extends LenaAndOmarShareTheB2cSample {

	@Test
	void editsOfDifferentElementsAtTheSameTimeReachBothAndTheServerEqualsEachExport() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		Thread lenaTyping = new Thread(() -> lena.edit((domain, map) -> {
			awaitQuietly(together);
			return SetCommand.create(domain, SampleMaps.touchpoint(map, 0),
					CjmPackage.Literals.TOUCHPOINT__NAME, "Guest checkout");
		}));
		Thread omarTyping = new Thread(() -> omar.edit((domain, map) -> {
			awaitQuietly(together);
			return SetCommand.create(domain, SampleMaps.barrier(map, 0),
					CjmPackage.Literals.BARRIER__SEVERITY, Severity.CRITICAL);
		}));
		lenaTyping.start();
		omarTyping.start();
		lenaTyping.join();
		omarTyping.join();

		lena.awaitSynced(3);
		omar.awaitSynced(3);
		for (TeamClient client : List.of(lena, omar)) {
			assertEquals("Guest checkout", client.read(map -> SampleMaps.touchpoint(map, 0).getName()));
			assertEquals(Severity.CRITICAL, client.read(map -> SampleMaps.barrier(map, 0).getSeverity()));
		}
		Graph onServer = server.client("lena").snapshot(mapId, OptionalLong.empty()).graph();
		assertTrue(SampleMaps.same(onServer, lena.export()), () -> "the server's graph differs from Lena's export: "
				+ SampleMaps.difference(onServer, lena.export()));
		assertTrue(SampleMaps.same(onServer, omar.export()), () -> "the server's graph differs from Omar's export: "
				+ SampleMaps.difference(onServer, omar.export()));
	}

	@Test
	void twoRenamesOfOneTouchpointWinOnceAndTheOtherChoosesInTheConflictDialog() throws Exception {
		Map<String, List<Conflict>> asked = new HashMap<>();
		lena.answerConflictsWith(conflicts -> choose(asked, "lena", conflicts));
		omar.answerConflictsWith(conflicts -> choose(asked, "omar", conflicts));
		CyclicBarrier together = new CyclicBarrier(2);
		Thread lenaTyping = new Thread(() -> lena.edit((domain, map) -> {
			awaitQuietly(together);
			return SetCommand.create(domain, SampleMaps.touchpoint(map, 0),
					CjmPackage.Literals.TOUCHPOINT__NAME, "Guest checkout");
		}));
		Thread omarTyping = new Thread(() -> omar.edit((domain, map) -> {
			awaitQuietly(together);
			return SetCommand.create(domain, SampleMaps.touchpoint(map, 0),
					CjmPackage.Literals.TOUCHPOINT__NAME, "Express checkout");
		}));
		lenaTyping.start();
		omarTyping.start();
		lenaTyping.join();
		omarTyping.join();

		lena.await(() -> asked.size() == 1 && lena.status().waiting() == 0 && omar.status().waiting() == 0,
				java.time.Duration.ofSeconds(20), "one conflict dialog and nothing waiting");
		String loser = asked.keySet().iterator().next();
		Conflict conflict = asked.get(loser).get(0);
		assertEquals(Conflict.Kind.SAME_PROPERTY, conflict.kind());
		assertEquals(1, asked.get(loser).size());
		String mine = loser.equals("lena") ? "Guest checkout" : "Express checkout";
		String theirs = loser.equals("lena") ? "Express checkout" : "Guest checkout";
		assertEquals(mine, conflict.mine().get(0).getLiteralLexicalForm());
		assertEquals(theirs, conflict.theirs().get(0).getLiteralLexicalForm());

		// the loser kept their own name: it ends up on the server and in both workbenches
		long version = server.client("lena").snapshot(mapId, OptionalLong.empty()).version();
		assertEquals(3, version, () -> "share, the winner's rename, the loser's rebased rename: "
				+ historyOf(server) + " lena has " + lena.read(map -> SampleMaps.touchpoint(map, 0).getName())
				+ ", omar has " + omar.read(map -> SampleMaps.touchpoint(map, 0).getName()));
		lena.awaitSynced(version);
		omar.awaitSynced(version);
		assertEquals(mine, lena.read(map -> SampleMaps.touchpoint(map, 0).getName()));
		assertEquals(mine, omar.read(map -> SampleMaps.touchpoint(map, 0).getName()));
		Graph onServer = server.client("omar").snapshot(mapId, OptionalLong.empty()).graph();
		assertTrue(SampleMaps.same(onServer, lena.export()));
		assertTrue(SampleMaps.same(onServer, omar.export()));
	}

	private String historyOf(TeamServer team) {
		try {
			return team.client("lena").history(mapId).toString();
		} catch (Exception e) {
			return e.toString();
		}
	}

	private static synchronized Map<Conflict, Conflict.Choice> choose(Map<String, List<Conflict>> asked, String who,
			List<Conflict> conflicts) {
		asked.put(who, conflicts);
		Map<Conflict, Conflict.Choice> choices = new HashMap<>();
		conflicts.forEach(conflict -> choices.put(conflict, Conflict.Choice.MINE));
		return choices;
	}

	private static void awaitQuietly(CyclicBarrier barrier) {
		try {
			barrier.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
