package org.cjmstudio.benchmarks;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;

/**
 * Times our streaming export of a workspace against its floor, Jena writing the same triples from an in-memory
 * graph with the same writer format, in one run. Each measured round does ours then the floor for every format, so
 * a busy machine slows both sides alike. Warm-up rounds come first and are not recorded. Also measures memory: what
 * the streaming export retains (before the graph exists) against what the graph takes.
 */
final class RdfExportMeasurements {

	/** The streaming formats, with the Jena format {@link RdfExport} streams them in. */
	static final Map<RdfFormat, RDFFormat> FORMATS = Map.of(RdfFormat.N_TRIPLES, RDFFormat.NTRIPLES,
			RdfFormat.TURTLE, RDFFormat.TURTLE_BLOCKS);
	static final List<RdfFormat> ORDER = List.of(RdfFormat.N_TRIPLES, RdfFormat.TURTLE);

	/** One format's figures: both sides' timings, bytes written and heap peaks above the run's start. */
	static final class Side {
		final Timings timings = new Timings();
		long bytes;
		long peakHeapAboveStart;
	}

	private final List<JourneyMap> maps;
	private final int warmups;
	private final int runs;
	private final Map<RdfFormat, Side> ours = new EnumMap<>(RdfFormat.class);
	private final Map<RdfFormat, Side> floor = new EnumMap<>(RdfFormat.class);
	private long triples;
	private long baselineHeap;
	private long retainedWhileStreaming;
	private long graphHeap;
	private double graphBuildMillis;

	RdfExportMeasurements(List<JourneyMap> maps, int warmups, int runs) {
		this.maps = maps;
		this.warmups = warmups;
		this.runs = runs;
		for (RdfFormat format : ORDER) {
			ours.put(format, new Side());
			floor.put(format, new Side());
		}
	}

	RdfExportMeasurements run() throws InterruptedException {
		baselineHeap = HeapWatch.usedAfterGc();
		measureRetainedWhileStreaming();
		long start = System.nanoTime();
		// The floor: the same triples in a Jena in-memory graph (with the same prefixes), written by Jena alone.
		Graph graph = RdfExport.toGraph(maps);
		graphBuildMillis = (System.nanoTime() - start) / 1e6;
		graphHeap = HeapWatch.usedAfterGc() - baselineHeap;
		triples = graph.size();
		for (int i = 0; i < warmups + runs; i++) {
			boolean counted = i >= warmups;
			for (RdfFormat format : ORDER) {
				measure(ours.get(format), counted, out -> RdfExport.write(maps, format, out));
				measure(floor.get(format), counted,
						out -> RDFWriter.source(graph).format(FORMATS.get(format)).output(out));
			}
		}
		return this;
	}

	/** Before the graph exists, so the heap holds the maps and whatever the export keeps, nothing else. */
	private void measureRetainedWhileStreaming() {
		CountingOutputStream sizing = new CountingOutputStream();
		RdfExport.write(maps, RdfFormat.N_TRIPLES, sizing);
		LiveHeapProbe probe = new LiveHeapProbe(sizing.bytes(), 4);
		RdfExport.write(maps, RdfFormat.N_TRIPLES, probe);
		retainedWhileStreaming = probe.maxLiveBytes() - baselineHeap;
	}

	private static void measure(Side side, boolean counted, Consumer<OutputStream> export)
			throws InterruptedException {
		HeapWatch.usedAfterGc(); // each run starts from a collected heap, not the previous run's garbage
		CountingOutputStream out = new CountingOutputStream();
		HeapWatch heap = HeapWatch.start();
		long nanos;
		try {
			long start = System.nanoTime();
			export.accept(out);
			nanos = System.nanoTime() - start;
		} finally {
			heap.close();
		}
		if (counted) {
			side.timings.add(nanos);
			side.bytes = out.bytes();
			side.peakHeapAboveStart = Math.max(side.peakHeapAboveStart, heap.peakAboveStart());
		}
	}

	Side ours(RdfFormat format) {
		return ours.get(format);
	}

	Side floor(RdfFormat format) {
		return floor.get(format);
	}

	long triples() {
		return triples;
	}

	long baselineHeap() {
		return baselineHeap;
	}

	long retainedWhileStreaming() {
		return retainedWhileStreaming;
	}

	long graphHeap() {
		return graphHeap;
	}

	double graphBuildMillis() {
		return graphBuildMillis;
	}
}
