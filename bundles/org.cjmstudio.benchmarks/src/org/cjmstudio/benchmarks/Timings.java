package org.cjmstudio.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The measured durations of one phase (warm-up runs are not recorded), with the statistics the report shows. */
final class Timings {

	private final List<Long> nanos = new ArrayList<>();

	void add(long durationNanos) {
		nanos.add(durationNanos);
	}

	int count() {
		return nanos.size();
	}

	double medianMillis() {
		return percentileMillis(50);
	}

	double p90Millis() {
		return percentileMillis(90);
	}

	/** Nearest-rank percentile: with 10 runs, p90 is the 9th fastest. */
	double percentileMillis(int percentile) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}
}
