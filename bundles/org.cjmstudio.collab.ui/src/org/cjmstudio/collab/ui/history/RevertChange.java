package org.cjmstudio.collab.ui.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.cjmstudio.collab.apply.GraphToModel;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * Reverting one change of a team map's history as a new change: what that change did (the difference between the
 * map as of its version and the version before, from the server) is undone on the map as it is now, in one command
 * on the editor's command stack, so it is sent like any edit and can itself be undone. A change that later changes
 * built on (what it set was changed again, what it added was removed) cannot be reverted alone, and says so.
 */
public final class RevertChange {

	private final HistoryEntry entry;
	private final TripleDiff undo;

	private RevertChange(HistoryEntry entry, TripleDiff undo) {
		this.entry = entry;
		this.undo = undo;
	}

	/** Asks the server what {@code entry} changed (network: not on the UI thread). */
	public static RevertChange of(RepositoryClient client, String mapId, HistoryEntry entry)
			throws RepositoryException {
		if (entry.version() <= 1) {
			throw new IllegalArgumentException("Version 1 shared the map; it cannot be reverted.");
		}
		Graph before = client.snapshot(mapId, OptionalLong.of(entry.version() - 1)).graph();
		Graph after = client.snapshot(mapId, OptionalLong.of(entry.version())).graph();
		return new RevertChange(entry, TripleDiff.between(before, after).inverse());
	}

	/**
	 * The command that reverts the change on {@code map} as it is now.
	 *
	 * @throws IllegalStateException naming why, when later changes built on it
	 */
	public Command command(JourneyMap map) {
		Graph now = ElementTriples.of(map).toGraph();
		for (Triple gone : undo.deletes()) {
			if (!now.contains(gone)) {
				throw new IllegalStateException("'" + entry.summary() + "' (v" + entry.version() + ", "
						+ entry.author() + ") cannot be reverted alone: later changes changed the same things. "
						+ "Change them back by hand instead.");
			}
		}
		undo.applyTo(now);
		Set<String> ids = new LinkedHashSet<>();
		for (List<Triple> triples : List.of(undo.deletes(), undo.adds())) {
			triples.forEach(triple -> MapIris.elementIdOf(triple).ifPresent(ids::add));
		}
		ChangeCommand command = new ChangeCommand(map) {
			@Override
			protected void doExecute() {
				new GraphToModel(now, map).update(ids);
			}
		};
		command.setLabel("Revert '" + entry.summary() + "'");
		return command;
	}
}
