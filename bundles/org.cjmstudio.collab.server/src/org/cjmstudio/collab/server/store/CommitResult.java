package org.cjmstudio.collab.server.store;

/** What {@link MapRepository#commit} did with a patch; each maps to one HTTP answer. */
public sealed interface CommitResult {

	/** 200: the map is now at {@code version}. */
	record Accepted(long version, String head) implements CommitResult {
	}

	/** 409 Conflict: {@code prev} is not the head. */
	record Behind(long version, String head) implements CommitResult {
	}

	/** 400 (malformed) or 422 (would break the map): nothing changed. */
	record Rejected(boolean malformed, String reason) implements CommitResult {
	}

	/** 403: the user may not change this map. */
	record Forbidden(String reason) implements CommitResult {
	}

	/** 404: no such map, and the patch does not create it. */
	record NotFound(String reason) implements CommitResult {
	}
}
