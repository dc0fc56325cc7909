package org.cjmstudio.collab.client;

/** What the server did with a patch. */
public sealed interface CommitOutcome {

	/** Applied: the map is now at {@code version}, the patch is its head. */
	record Accepted(long version) implements CommitOutcome {
	}

	/** Refused with 409 Conflict: the patch's {@code prev} is not the head any more; pull, rebase, retry. */
	record Behind(long version, String head) implements CommitOutcome {
	}

	/** Refused as invalid (malformed, outside the map's graph, or the map would break the shapes). */
	record Rejected(String reason) implements CommitOutcome {
	}
}
