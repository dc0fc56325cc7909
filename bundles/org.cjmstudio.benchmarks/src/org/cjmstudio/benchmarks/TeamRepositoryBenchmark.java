package org.cjmstudio.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.server.process.ServerProcess;
import org.cjmstudio.collab.server.security.UsersFile;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: a team editing one map at once on a real team repository (Fuseki + TDB2 in its own process
 * on loopback, started and stopped here). 20 members each add 200 touchpoints to the B2C sample; the benchmark times
 * every edit from the commit on its member to the moment it is in each other member's map, counts edits per second,
 * and fails if an edit is missing or doubled on the server or a member ends at another head. Then it opens a
 * generated 2,000-card map from the server next to opening it from a file. Only with {@code -Pbenchmark}; appends
 * to {@code target/benchmark-results.md} and prints its tables.
 */
class TeamRepositoryBenchmark {

	private static final long SEED = 2025_07_01L;

	@Test
	void aTeamOfTwentyEditsOneMapAndALargeMapOpensFromTheServerNextToAFile() throws Exception {
		int members = Integer.getInteger("cjm.benchmark.team.members", 20);
		int edits = Integer.getInteger("cjm.benchmark.team.edits", 200);
		List<Long> pauses = pauses(System.getProperty("cjm.benchmark.team.pauses", "100,0"));
		int stages = Integer.getInteger("cjm.benchmark.stages", 12);
		int cards = Integer.getInteger("cjm.benchmark.cards", 2_000);
		int warmups = Integer.getInteger("cjm.benchmark.warmups", 2);
		int runs = Integer.getInteger("cjm.benchmark.runs", 10);
		String loadBefore = BenchmarkRun.loadAverage();

		Path data = Files.createTempDirectory("cjm-bench-repository-");
		Path largeFile = data.resolveSibling(data.getFileName() + "-generated.cjm");
		List<TeamEditingRound.Result> rounds = new ArrayList<>();
		TeamMapOpening.Result opening;
		String loadDuring;
		try {
			UsersFile users = new UsersFile(data.resolve("users.passwd"));
			for (int i = 0; i < members; i++) {
				users.put(user(i), password(i));
			}
			try (ServerProcess server = ServerProcess.start(data, 0)) {
				RepositoryAddress address = RepositoryAddress.parse(server.address().toString());
				for (long pause : pauses) {
					TeamEditingRound round = new TeamEditingRound(
							i -> new RepositoryClient(address, user(i), password(i)), members, edits, pause);
					rounds.add(round.run(freshB2cSample(pause)));
				}
				loadDuring = BenchmarkRun.loadAverage();
				LargeMapGenerator.write(largeFile, SEED, stages, cards);
				opening = new TeamMapOpening(largeFile,
						new RepositoryClient(address, user(0), password(0)), warmups, runs).run();
			}
		} finally {
			Folders.delete(data);
		}
		String largeMap = "a generated map of " + stages + " stages and " + cards + " cards (seed " + SEED + ", "
				+ Files.size(largeFile) / 1024 + " KB as `.cjm`)";
		Files.deleteIfExists(largeFile);

		TeamRepositoryReport report = new TeamRepositoryReport(rounds, opening, largeMap)
				.note(BenchmarkRun.machine() + "; the server in its own JVM (-Xmx512m), all members in this one")
				.note("Load average (1/5/15 min) before: " + loadBefore + "; after the editing rounds: " + loadDuring
						+ "; at the end: " + BenchmarkRun.loadAverage())
				.note("Each round: member 1 shares a fresh copy of the B2C sample, the others open it, then each adds "
						+ edits + " touchpoints (one command each, stages in turn) from a thread of its own")
				.note("Propagation: from just before the command runs on its member to the moment the card is in another"
						+ " member's model (a sample per edit and other member); edits/s: all edits over the time until"
						+ " every member has sent everything")
				.note("Checked after each round: every card exactly once in the server's graph, every member at the"
						+ " server's version and head, every member's export equal to the server's graph")
				.note("Opening: " + warmups + " warm-up and " + runs + " measured rounds, interleaved, after a GC each");
		String markdown = report.markdown();
		Path results = BenchmarkRun.resultsFile();
		BenchmarkRun.append(results, markdown);
		System.out.println(markdown);
		System.out.println("Appended to " + results.toAbsolutePath());
	}

	private static String user(int index) {
		return String.format(Locale.ROOT, "member%02d", index + 1);
	}

	private static char[] password(int index) {
		return (user(index) + "-secret").toCharArray();
	}

	/** The B2C sample with new ids, so every round shares a map of its own. */
	private static JourneyMap freshB2cSample(long pause) throws Exception {
		Path file = Files.createTempFile("cjm-bench-b2c-", ".cjm");
		try (InputStream in = SampleMap.B2C_ONLINE_SHOP.open()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			JourneyMap map = ElementIds.copyAsNew(MapFiles.load(file));
			ElementIds.assignMissing(map);
			map.setTitle(map.getTitle() + " (team benchmark, " + pause + " ms pause)");
			return map;
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private static List<Long> pauses(String list) {
		List<Long> pauses = new ArrayList<>();
		for (String pause : list.split(",")) {
			pauses.add(Long.parseLong(pause.strip()));
		}
		return pauses;
	}
}
