package org.cjmstudio.collab.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.client.RemoteChanges;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.client.VersionedPatch;

/**
 * A read replica of one map: it follows the primary's log of the map ("patches since N", long-polled, as a consumer
 * follows a topic from an offset) and applies each patch to a graph of its own, in log order. It starts empty, so it
 * catches up from the first patch (the sharing) however late it starts. The log gives one order: every patch must
 * come as the next version and name the replica's head as its {@code prev}; anything else is noted as a break.
 */
final class ReadReplica implements AutoCloseable {

	private static final Duration POLL = Duration.ofSeconds(2);

	private final RepositoryClient primary;
	private final String mapId;
	private final Graph graph = GraphFactory.createDefaultGraph();
	private final List<String> breaks = new ArrayList<>();
	private final Thread follower;
	private volatile boolean running = true;
	private long version;
	private String head;

	ReadReplica(RepositoryClient primary, String mapId) {
		this.primary = primary;
		this.mapId = mapId;
		this.follower = new Thread(this::follow, "read replica of " + mapId);
		follower.setDaemon(true);
		follower.start();
	}

	private void follow() {
		long presence = -1;
		while (running) {
			try {
				RemoteChanges changes = primary.changesSince(mapId, version(), POLL, presence);
				presence = changes.presenceStamp();
				changes.patches().forEach(this::apply);
			} catch (RepositoryException e) {
				pause();
			}
		}
	}

	private synchronized void apply(VersionedPatch next) {
		if (next.version() != version + 1 || !Objects.equals(next.patch().prev(), head)) {
			breaks.add("v" + next.version() + " (prev " + next.patch().prev() + ") after v" + version + " " + head);
			return;
		}
		next.patch().changes().applyTo(graph);
		version = next.version();
		head = next.patch().id();
		notifyAll();
	}

	/** Waits until the replica has {@code wanted}, then returns a copy of its graph. */
	synchronized Graph graphAt(long wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (version < wanted && System.nanoTime() < deadline) {
			wait(100);
		}
		if (version < wanted) {
			throw new AssertionError("the replica reached only v" + version + " of v" + wanted);
		}
		Graph copy = GraphFactory.createDefaultGraph();
		graph.find().forEachRemaining(copy::add);
		return copy;
	}

	synchronized long version() {
		return version;
	}

	synchronized String head() {
		return head;
	}

	/** Patches that came out of order or on top of another head: none if the log gives one order. */
	synchronized List<String> breaks() {
		return List.copyOf(breaks);
	}

	private void pause() {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			running = false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		follower.interrupt();
		follower.join(5000);
	}
}
