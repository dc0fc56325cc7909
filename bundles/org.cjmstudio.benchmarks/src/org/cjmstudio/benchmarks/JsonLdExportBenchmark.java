package org.cjmstudio.benchmarks;

import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: JSON-LD cannot stream (compaction needs the whole graph), so its floor is Jena's own JSON-LD
 * writer on the same in-memory graph. Ours compacts with the published CJM Studio context instead of the graph's
 * prefixes. Both sides are timed in the same rounds; the graph is built once, untimed. Only with {@code -Pbenchmark};
 * appends to {@code target/benchmark-results.md}.
 */
class JsonLdExportBenchmark {

	private static final long SEED = 2025_07_01L;

	@Test
	void exportAWorkspaceAsJsonLdNextToJenasOwnJsonLdWriter() throws Exception {
		int maps = Integer.getInteger("cjm.benchmark.jsonld.maps", 5);
		int warmups = Integer.getInteger("cjm.benchmark.warmups", 2);
		int runs = Integer.getInteger("cjm.benchmark.runs", 10);
		GeneratedWorkspace workspace = GeneratedWorkspace.generate(SEED, maps, 12, 2_000);
		Graph graph = RdfExport.toGraph(workspace.maps());
		Timings ours = new Timings();
		Timings jena = new Timings();
		long oursBytes = 0;
		long jenaBytes = 0;
		for (int i = 0; i < warmups + runs; i++) {
			CountingOutputStream out = new CountingOutputStream();
			long start = System.nanoTime();
			RdfExport.write(workspace.maps(), RdfFormat.JSON_LD, out);
			long middle = System.nanoTime();
			CountingOutputStream jenaOut = new CountingOutputStream();
			RDFWriter.source(graph).format(RDFFormat.JSONLD11_PRETTY).output(jenaOut);
			long end = System.nanoTime();
			if (i >= warmups) {
				ours.add(middle - start);
				jena.add(end - middle);
				oursBytes = out.bytes();
				jenaBytes = jenaOut.bytes();
			}
		}
		String markdown = String.format(Locale.ROOT, """
				## JSON-LD export benchmark

				- %s, %,d triples; %d warm-up rounds, then %d measured rounds (ours, then Jena, per round)

				| side | median ms | p90 ms | MB written |
				|---|---:|---:|---:|
				| ours: compacted with the published context | %.0f | %.0f | %.1f |
				| Jena's JSON-LD 1.1 writer, same graph | %.0f | %.0f | %.1f |

				ours / Jena (medians): %.2f×
				""", workspace.describe(), graph.size(), warmups, runs, ours.medianMillis(), ours.p90Millis(),
				oursBytes / 1e6, jena.medianMillis(), jena.p90Millis(), jenaBytes / 1e6,
				ours.medianMillis() / jena.medianMillis());
		System.out.println(markdown);
		BenchmarkRun.append(BenchmarkRun.resultsFile(), markdown);
	}
}
