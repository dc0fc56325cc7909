package org.cjmstudio.collab.patch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change to one map as it travels between workbench and server: what changed in the map's graph, and the
 * RDF Patch headers that place it in the map's log. {@code id} names the patch; {@code prev} is the id of the patch
 * it was made on top of (null for the first patch of a map), so the server accepts it only while {@code prev} is
 * still the map's head, as RDF Delta does. Author, time and a readable summary ("renamed touchpoint 'Checkout' to
 * 'Guest checkout'") travel with it for the History view.
 */
public record MapPatch(String id, String prev, String author, Instant time, String summary, TripleDiff changes) {

	public MapPatch {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(changes, "changes");
		summary = summary == null ? "" : summary;
	}

	/** A new patch with a fresh id. */
	public static MapPatch create(String prev, String author, String summary, TripleDiff changes) {
		return new MapPatch(newId(), prev, author, Instant.now(), summary, changes);
	}

	public static String newId() {
		return "urn:uuid:" + UUID.randomUUID();
	}

	/** The same change, now made on top of {@code newPrev} (after a rebase). */
	public MapPatch withPrev(String newPrev) {
		return new MapPatch(id, newPrev, author, time, summary, changes);
	}

	public MapPatch withChanges(TripleDiff newChanges) {
		return new MapPatch(id, prev, author, time, summary, newChanges);
	}
}
