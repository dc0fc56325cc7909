package org.cjmstudio.collab.server.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.patch.MapPatch;

import org.cjmstudio.collab.client.MapAccess;

/**
 * A map's log as the server keeps it in memory (TDB2 holds the same, durably): the accepted patches in order, the
 * map's graph they make, the head, the title and who may do what. Readers that wait for news wait on it.
 */
final class MapLog {

	private final String mapId;
	private final List<LogEntry> entries = new ArrayList<>();
	private final Map<String, Long> versionsById = new HashMap<>();
	private String title;
	private MapAccess access;
	/** The map as the log says, term for term (TDB2 gives numbers back in its own lexical form). */
	private final Graph current = GraphFactory.createDefaultGraph();

	MapLog(String mapId, String title, MapAccess access) {
		this.mapId = mapId;
		this.title = title;
		this.access = access;
	}

	String mapId() {
		return mapId;
	}

	synchronized long version() {
		return entries.size();
	}

	synchronized String head() {
		return entries.isEmpty() ? null : entries.get(entries.size() - 1).id();
	}

	synchronized String title() {
		return title;
	}

	synchronized MapAccess access() {
		return access;
	}

	synchronized void setAccess(MapAccess access) {
		this.access = access;
	}

	synchronized OptionalLong versionOf(String patchId) {
		Long version = versionsById.get(patchId);
		return version == null ? OptionalLong.empty() : OptionalLong.of(version);
	}

	synchronized void append(LogEntry entry, MapPatch patch, String newTitle) {
		patch.changes().applyTo(current);
		entries.add(entry);
		versionsById.put(entry.id(), entry.version());
		title = newTitle;
		notifyAll();
	}

	/** A copy of the map's graph now, with the terms exactly as the patches wrote them. */
	synchronized Graph currentGraph() {
		Graph copy = GraphFactory.createDefaultGraph();
		current.find().forEachRemaining(copy::add);
		return copy;
	}

	synchronized List<LogEntry> entries() {
		return List.copyOf(entries);
	}

	/**
	 * The entries after {@code version}, waiting up to {@code waitMillis} for one if there is none yet, or until
	 * {@code otherNews} says there is something else to tell (presence changed).
	 */
	synchronized List<LogEntry> after(long version, long waitMillis, BooleanSupplier otherNews)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + waitMillis;
		while (entries.size() <= version && !otherNews.getAsBoolean()) {
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				return List.of();
			}
			wait(left);
		}
		return entries.size() <= version ? List.of()
				: List.copyOf(entries.subList((int) Math.max(0, version), entries.size()));
	}

	/** Wakes readers waiting in {@link #after} (presence changed). */
	synchronized void poke() {
		notifyAll();
	}
}
