package org.cjmstudio.collab.server.store;

import java.time.Instant;

import org.cjmstudio.collab.client.HistoryEntry;

/** One accepted patch in a map's log: its version, its headers and its RDF Patch text as it was accepted. */
public record LogEntry(long version, String id, String author, Instant time, String summary, String patchText) {

	public HistoryEntry toHistoryEntry() {
		return new HistoryEntry(version, id, author, time, summary);
	}
}
