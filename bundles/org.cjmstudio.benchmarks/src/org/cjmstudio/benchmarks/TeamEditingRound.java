package org.cjmstudio.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.cjmstudio.collab.client.MapAccess;
import org.cjmstudio.collab.client.MapSnapshot;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * One round of the team benchmark: the first member shares a map, every other member opens it, then all of them add
 * their cards at once, each from a thread of its own with {@code pause} between two edits (a fast user's rhythm;
 * 0 is as fast as the client takes them). The round ends when every member has sent everything and has every other
 * member's cards, and then checks the outcome: every card exactly once in the server's graph, every member at the
 * server's version and head, every member's export equal to the server's graph.
 */
final class TeamEditingRound {

	/** What the round measured. */
	record Result(int members, int editsEach, long pauseMillis, long patches, Map<String, Integer> conflicts,
			Duration allSent, Duration allSeen, Timings latencies) {

		int edits() {
			return members * editsEach;
		}

		int conflictCount() {
			return conflicts.values().stream().mapToInt(Integer::intValue).sum();
		}

		double editsPerSecond() {
			return edits() / (allSent.toNanos() / 1e9);
		}
	}

	private static final Duration TIMEOUT = Duration.ofMinutes(15);

	private final IntFunction<RepositoryClient> clients;
	private final int memberCount;
	private final int editsEach;
	private final long pauseMillis;

	/** {@code clients} gives member {@code i}'s connection (0 is the one who shares). */
	TeamEditingRound(IntFunction<RepositoryClient> clients, int memberCount, int editsEach, long pauseMillis) {
		this.clients = clients;
		this.memberCount = memberCount;
		this.editsEach = editsEach;
		this.pauseMillis = pauseMillis;
	}

	Result run(JourneyMap shared) throws Exception {
		PropagationClock clock = new PropagationClock();
		Map<String, Integer> conflicts = new ConcurrentHashMap<>();
		List<TeamMember> members = new ArrayList<>();
		try {
			RepositoryClient owner = clients.apply(0);
			members.add(TeamMember.share(owner, shared, clock, conflicts));
			String mapId = shared.getId();
			owner.setAccess(mapId, new MapAccess(owner.user(), List.of(), List.of(MapAccess.EVERYONE)));
			long sharedAt = owner.snapshot(mapId, OptionalLong.empty()).version();
			for (int i = 1; i < memberCount; i++) {
				members.add(TeamMember.open(clients.apply(i), mapId, clock, conflicts));
			}

			long start = System.nanoTime();
			List<Thread> typing = new ArrayList<>();
			for (int i = 0; i < members.size(); i++) {
				typing.add(Thread.ofPlatform().name("edits of " + members.get(i).user()).start(edits(members.get(i), i,
						clock)));
			}
			for (Thread thread : typing) {
				thread.join();
			}
			await(() -> members.stream().allMatch(member -> member.session().status().waiting() == 0),
					"every member to send all edits", members);
			Duration allSent = Duration.ofNanos(System.nanoTime() - start);
			int othersCards = (memberCount - 1) * editsEach;
			await(() -> members.stream().allMatch(member -> member.othersSeen() == othersCards),
					"every member to have every other member's cards", members);
			Duration allSeen = Duration.ofNanos(System.nanoTime() - start);

			MapSnapshot onServer = owner.snapshot(mapId, OptionalLong.empty());
			await(() -> members.stream().allMatch(member -> member.syncedAt(onServer.version())),
					"every member to reach the server's version " + onServer.version(), members);
			checkEveryEditOnceAndEveryoneEqual(onServer, members);
			return new Result(memberCount, editsEach, pauseMillis, onServer.version() - sharedAt,
					Map.copyOf(conflicts), allSent, allSeen, clock.latencies());
		} finally {
			for (TeamMember member : members) {
				member.close();
			}
		}
	}

	private Runnable edits(TeamMember member, int index, PropagationClock clock) {
		return () -> {
			for (int edit = 0; edit < editsEach; edit++) {
				member.addCard(edit, index + edit, clock);
				if (pauseMillis > 0) {
					try {
						Thread.sleep(pauseMillis);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		};
	}

	private void checkEveryEditOnceAndEveryoneEqual(MapSnapshot onServer, List<TeamMember> members) {
		Map<String, Integer> cards = new HashMap<>();
		for (Triple name : onServer.graph().find(Node.ANY, CJM.name.asNode(), Node.ANY).toList()) {
			String text = name.getObject().getLiteralLexicalForm();
			if (text.startsWith(TeamMember.CARD_PREFIX)) {
				cards.merge(text, 1, Integer::sum);
			}
		}
		for (TeamMember member : members) {
			for (int edit = 0; edit < editsEach; edit++) {
				String card = TeamMember.cardName(member.user(), edit);
				int times = cards.getOrDefault(card, 0);
				if (times != 1) {
					throw new AssertionError("'" + card + "' is " + times + " times in the server's graph, not once");
				}
			}
		}
		if (cards.size() != memberCount * editsEach) {
			throw new AssertionError(cards.size() + " benchmark cards on the server, " + memberCount * editsEach
					+ " were made");
		}
		String expected = "v" + onServer.version() + " " + onServer.head();
		for (TeamMember member : members) {
			String has = member.versionAndHead();
			if (!has.equals(expected)) {
				throw new AssertionError(member.user() + " is at " + has + ", the server at " + expected);
			}
			TripleDiff difference = TripleDiff.between(onServer.graph(), member.export());
			if (!difference.isEmpty()) {
				throw new AssertionError(member.user() + "'s map differs from the server's graph in "
						+ difference.size() + " triples, e.g. " + difference.adds().stream().limit(3).toList()
						+ difference.deletes().stream().limit(3).toList());
			}
		}
	}

	private static void await(BooleanSupplier done, String what, List<TeamMember> members) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + TIMEOUT.toMinutes() + " min waiting for " + what + ": "
						+ members.stream().map(member -> member.user() + " " + member.session().status() + " saw "
								+ member.othersSeen()).toList());
			}
			Thread.sleep(20);
		}
	}
}
