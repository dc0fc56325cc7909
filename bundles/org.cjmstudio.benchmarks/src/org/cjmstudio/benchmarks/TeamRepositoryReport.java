package org.cjmstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The team benchmark's result as Markdown: one row per editing round, then the three ways of opening a large map. */
final class TeamRepositoryReport {

	static final double PROPAGATION_P95_GOAL_MILLIS = 250;

	private final List<String> context = new ArrayList<>();
	private final List<TeamEditingRound.Result> rounds;
	private final TeamMapOpening.Result opening;
	private final String largeMap;

	TeamRepositoryReport(List<TeamEditingRound.Result> rounds, TeamMapOpening.Result opening, String largeMap) {
		this.rounds = rounds;
		this.opening = opening;
		this.largeMap = largeMap;
	}

	TeamRepositoryReport note(String line) {
		context.add(line);
		return this;
	}

	String markdown() {
		StringBuilder text = new StringBuilder("## Team repository benchmark\n\n");
		context.forEach(line -> text.append("- ").append(line).append('\n'));
		text.append("\n| members × edits | pause between a member's edits | patches on the server | conflicts"
				+ " | edits/s (until all sent) | all seen by all after | propagation p50 | p95 | p99 | max"
				+ " | samples |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (TeamEditingRound.Result round : rounds) {
			Timings latency = round.latencies();
			text.append(String.format(Locale.ROOT, "| %d × %d | %d ms | %d | %d | %.0f | %.1f s | %s | %s | %s | %s | %d |%n",
					round.members(), round.editsEach(), round.pauseMillis(), round.patches(), round.conflictCount(),
					round.editsPerSecond(), round.allSeen().toMillis() / 1000.0, millis(latency.percentileMillis(50)),
					millis(latency.percentileMillis(95)), millis(latency.percentileMillis(99)),
					millis(latency.percentileMillis(100)), latency.count()));
		}
		text.append('\n');
		for (TeamEditingRound.Result round : rounds) {
			double p95 = round.latencies().percentileMillis(95);
			text.append(String.format(Locale.ROOT, "Pause %d ms: propagation p95 %.0f ms, goal < %.0f ms: %s.%s%n",
					round.pauseMillis(), p95, PROPAGATION_P95_GOAL_MILLIS, p95 < PROPAGATION_P95_GOAL_MILLIS ? "met"
							: String.format(Locale.ROOT, "missed (%.1f× the goal)", p95 / PROPAGATION_P95_GOAL_MILLIS),
					round.conflicts().isEmpty() ? "" : " Conflicts (settled as \"keep mine\"): " + round.conflicts()
							+ "."));
		}
		text.append("\nOpening ").append(largeMap).append(":\n\n| from | median ms | p90 ms | ratio to the file |\n"
				+ "|---|---:|---:|---:|\n");
		row(text, "a local `.cjm` file (`MapFiles.load`)", opening.fromFile());
		row(text, "the server into a fresh workspace (fetch, store, RDF import)", opening.fromServer());
		row(text, "the workspace copy of a map opened before (also offline)", opening.fromWorkspaceCopy());
		return text.toString();
	}

	private void row(StringBuilder text, String from, Timings timings) {
		double file = opening.fromFile().medianMillis();
		text.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f× |%n", from, millis(timings.medianMillis()),
				millis(timings.p90Millis()), timings.medianMillis() / file));
	}

	private static String millis(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value < 10 ? "%.1f" : "%.0f", value);
	}
}
