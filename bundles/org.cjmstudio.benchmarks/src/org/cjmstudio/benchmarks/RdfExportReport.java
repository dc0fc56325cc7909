package org.cjmstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.benchmarks.RdfExportMeasurements.Side;
import org.cjmstudio.rdf.RdfFormat;

/**
 * The RDF export benchmark's result as Markdown: per format, our streaming export next to Jena writing the same
 * triples from an in-memory graph (the floor), their ratio against the goal, then the memory figures.
 */
final class RdfExportReport {

	static final double RATIO_GOAL = 1.5;
	private static final double MIB = 1024.0 * 1024.0;

	private final List<String> context = new ArrayList<>();
	private final RdfExportMeasurements measured;

	RdfExportReport(RdfExportMeasurements measured) {
		this.measured = measured;
	}

	RdfExportReport note(String line) {
		context.add(line);
		return this;
	}

	String markdown() {
		StringBuilder text = new StringBuilder("## RDF export benchmark\n\n");
		context.forEach(line -> text.append("- ").append(line).append('\n'));
		text.append("\n| format | side | triples | median ms | p90 ms | triples/s | MiB written"
				+ " | peak heap above run start, MiB | ours / floor |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (RdfFormat format : RdfExportMeasurements.ORDER) {
			Side ours = measured.ours(format);
			Side floor = measured.floor(format);
			row(text, format, "ours: streaming `RdfExport.write`", ours, ratio(ours, floor));
			row(text, format, "floor: Jena `RDFWriter` from in-memory graph", floor, "");
		}
		text.append('\n');
		for (RdfFormat format : RdfExportMeasurements.ORDER) {
			text.append(verdict(format)).append('\n');
		}
		text.append(String.format(Locale.ROOT, "%nMemory (used heap after full GC): the maps alone %.0f MiB;"
				+ " retained by the streaming N-Triples export, checked at four points while it writes: %.1f MiB;"
				+ " the in-memory graph of the same triples: %.0f MiB (built in %.0f ms)."
				+ " The peak column is sampled every 1 ms (MemoryMXBean) and includes uncollected garbage.%n",
				measured.baselineHeap() / MIB, measured.retainedWhileStreaming() / MIB, measured.graphHeap() / MIB,
				measured.graphBuildMillis()));
		return text.toString();
	}

	private void row(StringBuilder text, RdfFormat format, String side, Side figures, String ratio) {
		double median = figures.timings.medianMillis();
		text.append("| ").append(format.shortName()).append(" | ").append(side).append(" | ")
				.append(String.format(Locale.ROOT, "%,d", measured.triples())).append(" | ")
				.append(String.format(Locale.ROOT, "%.0f", median)).append(" | ")
				.append(String.format(Locale.ROOT, "%.0f", figures.timings.p90Millis())).append(" | ")
				.append(String.format(Locale.ROOT, "%,.0f", measured.triples() / (median / 1000))).append(" | ")
				.append(String.format(Locale.ROOT, "%.1f", figures.bytes / MIB)).append(" | ")
				.append(String.format(Locale.ROOT, "%.0f", figures.peakHeapAboveStart / MIB)).append(" | ")
				.append(ratio).append(" |\n");
	}

	private static String ratio(Side ours, Side floor) {
		return String.format(Locale.ROOT, "%.2f×", ours.timings.medianMillis() / floor.timings.medianMillis());
	}

	private String verdict(RdfFormat format) {
		double ratio = measured.ours(format).timings.medianMillis() / measured.floor(format).timings.medianMillis();
		return String.format(Locale.ROOT, "%s: ours / floor %.2f×, goal ≤ %.1f×: %s.", format.shortName(), ratio,
				RATIO_GOAL, ratio <= RATIO_GOAL ? "met" : "missed");
	}
}
