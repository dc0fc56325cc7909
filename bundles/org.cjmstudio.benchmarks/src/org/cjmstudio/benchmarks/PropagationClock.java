package org.cjmstudio.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each benchmark edit was made, and how long it took to show on each other client: the clients share one JVM,
 * so one {@link System#nanoTime} clock times an edit from the commit on one client to the moment its card is in
 * another client's map.
 */
final class PropagationClock {

	private final Map<String, Long> committed = new ConcurrentHashMap<>();
	private final Timings latencies = new Timings();

	/** Just before the card {@code name} is created on its client's command stack. */
	void committing(String name) {
		committed.put(name, System.nanoTime());
	}

	/** The card {@code name} has just appeared in another client's map. */
	void seen(String name) {
		long now = System.nanoTime();
		Long start = committed.get(name);
		if (start == null) {
			throw new IllegalStateException("a card nobody made showed up: " + name);
		}
		synchronized (latencies) {
			latencies.add(now - start);
		}
	}

	Timings latencies() {
		synchronized (latencies) {
			return latencies;
		}
	}
}
