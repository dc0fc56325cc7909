package org.cjmstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.benchmarks.MapMeasurements.Phase;

/**
 * The benchmark's result as a small Markdown table: one row per phase, median and p90 for the large map and for the
 * B2C sample measured in the same run, and their ratio. The lines above the table say what was measured and where.
 */
final class BenchmarkReport {

	static final double OPEN_GOAL_MILLIS = 2_000;
	static final double ROUND_TRIP_GOAL_MILLIS = 50;

	private final List<String> context = new ArrayList<>();
	private final MapMeasurements large;
	private final MapMeasurements small;
	private final String largeName;
	private final String smallName;

	BenchmarkReport(MapMeasurements large, String largeName, MapMeasurements small, String smallName) {
		this.large = large;
		this.small = small;
		this.largeName = largeName;
		this.smallName = smallName;
	}

	BenchmarkReport note(String line) {
		context.add(line);
		return this;
	}

	String markdown() {
		StringBuilder text = new StringBuilder("## Journey map editor benchmark\n\n");
		context.forEach(line -> text.append("- ").append(line).append('\n'));
		text.append("\n| phase | ").append(largeName).append(": median ms | p90 ms | ").append(smallName)
				.append(": median ms | p90 ms | ratio of medians |\n|---|---:|---:|---:|---:|---:|\n");
		for (Phase phase : Phase.values()) {
			row(text, phase);
		}
		text.append('\n').append(verdict("open", large.of(Phase.OPEN_TOTAL).medianMillis(), OPEN_GOAL_MILLIS))
				.append('\n').append(verdict("edit round-trip", large.of(Phase.ROUND_TRIP).medianMillis(),
						ROUND_TRIP_GOAL_MILLIS))
				.append('\n');
		return text.toString();
	}

	private void row(StringBuilder text, Phase phase) {
		Timings big = large.of(phase);
		Timings reference = small.of(phase);
		if (big.count() == 0 && reference.count() == 0) {
			return;
		}
		text.append("| ").append(label(phase)).append(" | ").append(millis(big.medianMillis())).append(" | ")
				.append(big.count() > 1 ? millis(big.p90Millis()) : "–").append(" | ")
				.append(millis(reference.medianMillis())).append(" | ")
				.append(reference.count() > 1 ? millis(reference.p90Millis()) : "–").append(" | ")
				.append(ratio(big.medianMillis(), reference.medianMillis())).append(" |\n");
	}

	private static String label(Phase phase) {
		return switch (phase) {
			case OPEN_TOTAL -> "**open** (openEditor + layout + first paint)";
			case OPEN_EDITOR -> "· IDE.openEditor (load, validate, markers, edit parts, outline)";
			case OPEN_LAYOUT -> "· layout of the whole diagram";
			case OPEN_PAINT -> "· first paint, plus the UI work queued meanwhile (outline, views)";
			case OPEN_COLD -> "first open in a fresh workbench (cold, 1 run)";
			case LOAD -> "alone: MapFiles.load";
			case VALIDATE -> "alone: MapValidation.validate";
			case MARKERS -> "alone: ProblemMarkers.update";
			case BARE_EDIT_PARTS -> "alone: edit parts + figures (setContents, bare viewer)";
			case BARE_LAYOUT -> "alone: layout (bare viewer)";
			case ROUND_TRIP -> "**edit round-trip** (move + undo + redo)";
			case MOVE -> "· move a barrier to the next stage (REQ_ADD)";
			case UNDO -> "· undo";
			case REDO -> "· redo";
			case QUEUED_WORK -> "UI work the three steps queue, run after each (outline, Properties, Problems)";
			case ROUND_TRIP_UNTIL_IDLE -> "edit round-trip until the UI is idle (both rows above)";
			case REFRESH_ALL_PARTS -> "alone: refresh every edit part (done after each command)";
		};
	}

	private static String verdict(String what, double median, double goal) {
		String outcome = median < goal ? "met"
				: String.format(Locale.ROOT, "missed (%.1f× the goal)", median / goal);
		return String.format(Locale.ROOT, "%s: median %.1f ms, goal < %.0f ms: %s.", capitalised(what), median, goal,
				outcome);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String millis(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
	}

	private static String ratio(double big, double reference) {
		return Double.isNaN(big) || Double.isNaN(reference) || reference <= 0 ? "–"
				: String.format(Locale.ROOT, "%.1f×", big / reference);
	}
}
