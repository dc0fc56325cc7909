package org.cjmstudio.benchmarks;

/**
 * Shows whether an export holds on to what it has written: at a few points along the way (by bytes written, from
 * the size a previous run wrote) it collects the garbage and reads the used heap. What is left above the heap before
 * the export is what the export retains; a streaming export keeps that flat, a copy of the graph makes it grow.
 * Untimed: the collections would dominate any timing.
 */
final class LiveHeapProbe extends CountingOutputStream {

	private final long step;
	private long nextCheck;
	private long maxLiveBytes;

	/** @param expectedBytes what the export wrote before, so checks fall at quarter points */
	LiveHeapProbe(long expectedBytes, int checks) {
		this.step = Math.max(1, expectedBytes / (checks + 1));
		this.nextCheck = step;
	}

	/** The largest used heap seen after a collection during the export. */
	long maxLiveBytes() {
		return maxLiveBytes;
	}

	@Override
	void afterWrite() {
		if (bytes() >= nextCheck) {
			nextCheck += step;
			maxLiveBytes = Math.max(maxLiveBytes, HeapWatch.usedAfterGc());
		}
	}
}
