package org.cjmstudio.benchmarks;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: exporting a workspace of about 100,000 elements (about a million triples) to N-Triples and
 * Turtle, against the floor of Jena writing the same triples from an in-memory graph, measured in the same run; and
 * whether the export's memory stays bounded. The maps are generated in memory, no files. Only with
 * {@code -Pbenchmark}; appends to {@code target/benchmark-results.md} and prints its table.
 */
class RdfExportBenchmark {

	private static final long SEED = 2025_07_01L;

	@Test
	void exportALargeWorkspaceNextToJenaWritingTheSameTriplesFromMemory() throws Exception {
		int maps = Integer.getInteger("cjm.benchmark.rdf.maps", 50);
		int stages = Integer.getInteger("cjm.benchmark.stages", 12);
		int cards = Integer.getInteger("cjm.benchmark.cards", 2_000);
		int warmups = Integer.getInteger("cjm.benchmark.warmups", 2);
		int runs = Integer.getInteger("cjm.benchmark.runs", 10);
		String loadBefore = BenchmarkRun.loadAverage();

		GeneratedWorkspace workspace = GeneratedWorkspace.generate(SEED, maps, stages, cards);
		RdfExportMeasurements measured = new RdfExportMeasurements(workspace.maps(), warmups, runs).run();

		RdfExportReport report = new RdfExportReport(measured)
				.note(BenchmarkRun.machine() + ", max heap "
						+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB")
				.note("Load average (1/5/15 min) before: " + loadBefore + "; after: " + BenchmarkRun.loadAverage())
				.note("Workspace: " + workspace.describe() + ", generated in memory by LargeMapGenerator")
				.note("Both sides write into a byte-counting stream that discards the bytes, with the same Jena"
						+ " format (N-Triples; Turtle in the streaming \"blocks\" style); the floor's graph is built"
						+ " once, untimed")
				.note(warmups + " warm-up rounds, then " + runs + " measured rounds; each round runs ours then the"
						+ " floor per format, after a full GC; System.nanoTime");
		String markdown = report.markdown();
		Path results = BenchmarkRun.resultsFile();
		BenchmarkRun.append(results, markdown);
		System.out.println(markdown);
		System.out.println("Appended to " + results.toAbsolutePath());
	}
}
