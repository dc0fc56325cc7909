package org.cjmstudio.collab.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cjmstudio.collab.client.Presence;
import org.cjmstudio.collab.merge.Conflict;
import org.eclipse.emf.ecore.EObject;

/** What a team map's session tells the workbench. Called on the map's model thread unless said otherwise. */
public interface SessionListener {

	/** Called on any thread. */
	default void statusChanged(SyncStatus status) {
	}

	/** Who else has the map open, and what they have selected. Called on any thread. */
	default void presenceChanged(List<Presence> others) {
	}

	/** Someone else's changes reached the map (not through the command stack). */
	default void remoteChangesApplied(Collection<EObject> touched) {
	}

	/** The server refused one of my changes; it has been taken back out of the map. */
	default void changeRefused(String summary, String reason) {
	}

	/** A rebase met conflicts, and this is what was chosen. */
	default void conflictsSettled(Map<Conflict, Conflict.Choice> choices) {
	}
}
