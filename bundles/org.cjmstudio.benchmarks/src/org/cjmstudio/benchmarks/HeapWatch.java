package org.cjmstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap ({@link MemoryMXBean}) on a background thread while a measured step runs and keeps the peak.
 * The peak includes garbage not yet collected, so it shows how far a step pushes the heap between collections, not
 * what it retains ({@link LiveHeapProbe} shows that).
 */
final class HeapWatch implements AutoCloseable {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private final Thread sampler;
	private final long start;
	private volatile boolean running = true;
	private volatile long peak;

	private HeapWatch() {
		start = used();
		peak = start;
		sampler = new Thread(this::sample, "heap watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	static HeapWatch start() {
		return new HeapWatch();
	}

	/** Used heap after a full collection (twice, so finalizable and soft garbage is gone too). */
	static long usedAfterGc() {
		System.gc();
		System.gc();
		return used();
	}

	static long used() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	/** How far above its value at {@link #start()} the used heap went. */
	long peakAboveStart() {
		return peak - start;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		sampler.join();
		peak = Math.max(peak, used());
	}

	private void sample() {
		while (running) {
			peak = Math.max(peak, used());
			try {
				Thread.sleep(1);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
