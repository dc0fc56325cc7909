package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.testing.processes.ChildJvm;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lena's workbench is killed (SIGKILL, a real process) while it edits a team map and sends, several times, while
 * Omar keeps renaming a touchpoint so her changes are rebased too; each time it is started again on the same
 * workspace. At the end every change she saw made is on the server exactly once, the one in hand when she was killed
 * at most once, and her workbench, Omar's and the server agree.
 */
@Timeout(400)
class SyncCrashTest {

	private static final int KILLS = 4;

	@Test
	void aWorkbenchKilledWhileItSendsLosesNothingAndSendsNothingTwice() throws Exception {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		try (TeamServer server = TeamServer.start()) {
			JourneyMap local = SampleMaps.b2c();
			String mapId = local.getId();
			TeamClient.share(server.client("lena"), local, TeamClient.newStore()).close();
			Path lenasWorkspace = TeamClient.newStore();
			TeamClient omar = TeamClient.open(server.client("omar"), mapId, TeamClient.newStore());
			AtomicBoolean editing = new AtomicBoolean(true);
			Thread omarRenames = new Thread(() -> {
				for (int n = 1; editing.get(); n++) {
					String name = "Omar's name " + n;
					omar.edit((domain, map) -> SetCommand.create(domain, SampleMaps.touchpoint(map, 0),
							CjmPackage.Literals.TOUCHPOINT__NAME, name));
					sleep(150);
				}
			}, "Omar renames");
			Map<String, Integer> added = new HashMap<>(); // per round, how many edits Lena saw returned
			try {
				omarRenames.start();
				for (int kill = 1; kill <= KILLS; kill++) {
					String round = "round " + kill;
					long before = server.client("omar").snapshot(mapId, OptionalLong.empty()).version();
					try (ChildJvm workbench = ChildJvm.start(EditingWorkbench.class, server.address().toString(),
							mapId, lenasWorkspace.toString(), round)) {
						workbench.awaitLine(line -> line.startsWith("added "), Duration.ofSeconds(120));
						if (kill % 2 == 0) {
							// killed while sending: once the server has taken one of her changes, more on their way
							awaitLenasChangeAfter(server.client("omar"), mapId, before);
							Thread.sleep(random.nextInt(300));
						} else {
							Thread.sleep(random.nextInt(1_500)); // most likely with her changes still queued
						}
						workbench.kill();
						added.put(round, (int) workbench.output().stream()
								.filter(line -> line.startsWith("added " + round + " ")).count());
						System.out.println("SyncCrashTest: " + round + " killed after " + added.get(round)
								+ " edits; " + workbench.output().get(0));
					}
				}
			} finally {
				editing.set(false);
				omarRenames.join(10_000);
			}
			TeamClient lena = TeamClient.open(server.client("lena"), mapId, lenasWorkspace);
			try {
				long version = TeamClient.awaitAllSynced(server.client("lena"), mapId, lena, omar);
				Graph onServer = server.client("omar").snapshot(mapId, OptionalLong.empty()).graph();
				Map<String, Integer> barriers = barrierNames(onServer);
				for (Map.Entry<String, Integer> round : added.entrySet()) {
					for (int n = 1; n <= round.getValue() + 1; n++) {
						int count = barriers.getOrDefault(barrier(round.getKey(), n), 0);
						if (n <= round.getValue() ? count != 1 : count > 1) {
							fail("seed " + seed + ": '" + barrier(round.getKey(), n) + "' is on the server " + count
									+ " times (" + round.getValue() + " edits of the round returned)");
						}
					}
					assertEquals(0, barriers.getOrDefault(barrier(round.getKey(), round.getValue() + 2), 0),
							"an edit never made is on the server");
				}
				List<String> twice = new ArrayList<>();
				barriers.forEach((name, count) -> {
					if (count > 1) {
						twice.add(name);
					}
				});
				assertEquals(List.of(), twice, "seed " + seed + ": barriers on the server twice");
				assertTrue(SampleMaps.same(onServer, lena.export()), () -> SampleMaps.difference(onServer, lena.export()));
				assertTrue(SampleMaps.same(onServer, omar.export()), () -> SampleMaps.difference(onServer, omar.export()));
				assertEquals(version, server.client("lena").history(mapId).size(), "one history entry per version");
			} finally {
				lena.close();
				omar.close();
			}
		}
	}

	private static void awaitLenasChangeAfter(RepositoryClient client, String mapId, long version) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (client.changesSince(mapId, version, Duration.ZERO, -1).patches().stream()
				.noneMatch(change -> "lena".equals(change.patch().author()))) {
			if (System.nanoTime() > deadline) {
				fail("Lena's workbench sent nothing within 90 s");
			}
			Thread.sleep(20);
		}
	}

	static String barrier(String round, int n) {
		return round + " barrier " + n;
	}

	private static Map<String, Integer> barrierNames(Graph graph) {
		Map<String, Integer> names = new HashMap<>();
		for (Node barrier : graph.find(Node.ANY, RDF.type.asNode(), CJM.Barrier.asNode()).mapWith(t -> t.getSubject())
				.toList()) {
			graph.find(barrier, CJM.name.asNode(), Node.ANY)
					.forEachRemaining(t -> names.merge(t.getObject().getLiteralLexicalForm(), 1, Integer::sum));
		}
		return names;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
