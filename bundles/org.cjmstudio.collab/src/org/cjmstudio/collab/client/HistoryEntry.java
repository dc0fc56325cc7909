package org.cjmstudio.collab.client;

import java.time.Instant;

/** One change in a map's log: who, when, what. */
public record HistoryEntry(long version, String id, String author, Instant time, String summary) {
}
