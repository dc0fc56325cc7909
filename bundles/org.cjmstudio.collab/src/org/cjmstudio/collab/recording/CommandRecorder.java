package org.cjmstudio.collab.recording;

import java.util.Collection;
import java.util.EventObject;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * Turns every command on a map's command stack (execute, undo, redo) into one change of the map's graph. EMF's
 * {@link ChangeRecorder} watches the map between two commands; when the stack reports a command, the recording says
 * which elements it touched, {@link ElementTriples} exports those again, and the difference is the change.
 * <p>
 * Changes that do not come from the user (remote ones) are made inside {@link #applyUnrecorded}: they reach the
 * model and the index but produce no change and never enter the command stack, so the user undoes only their own
 * edits.
 */
public final class CommandRecorder implements CommandStackListener {

	/** One recorded command: what it changed in the graph, its label, the elements it touched. */
	public record RecordedChange(TripleDiff changes, String label, Set<EObject> touched) {
	}

	private final JourneyMap map;
	private final CommandStack commandStack;
	private final ElementTriples index;
	private final Consumer<RecordedChange> sink;
	private ChangeRecorder recorder;

	public CommandRecorder(JourneyMap map, CommandStack commandStack, ElementTriples index,
			Consumer<RecordedChange> sink) {
		this.map = map;
		this.commandStack = commandStack;
		this.index = index;
		this.sink = sink;
		this.recorder = new ChangeRecorder(map);
		commandStack.addCommandStackListener(this);
	}

	@Override
	public void commandStackChanged(EventObject event) {
		ChangeDescription change = restartRecording();
		Set<EObject> touched = TouchedElements.of(change);
		TripleDiff changes = index.refresh(touched, map);
		if (!changes.isEmpty()) {
			Command command = commandStack.getMostRecentCommand();
			sink.accept(new RecordedChange(changes, command == null ? "" : command.getLabel(), touched));
		}
	}

	/**
	 * Runs {@code remoteChange} on the model unrecorded (it returns the elements it touched, removed ones included),
	 * then brings the index up to date for them. Returns how the map's graph changed: what the remote change did,
	 * plus whatever the mapping states differently (such as positions renumbered after two inserts at one place).
	 */
	public TripleDiff applyUnrecorded(Supplier<Collection<EObject>> remoteChange) {
		ChangeDescription unsent = restartRecording();
		if (!unsent.getObjectChanges().isEmpty() || !unsent.getObjectsToDetach().isEmpty()) {
			// Only commands change a map outside this method, and a command always reports itself at once.
			throw new IllegalStateException("the map changed outside its command stack");
		}
		Collection<EObject> touched;
		try {
			touched = remoteChange.get();
		} finally {
			restartRecording();
		}
		return index.refresh(touched, map);
	}

	/**
	 * Ends the current recording and starts a fresh one. A new recorder each time keeps the recordings apart:
	 * EMF's recorder remembers which objects were there when it began, and that is what tells removals apart.
	 */
	private ChangeDescription restartRecording() {
		ChangeDescription change = recorder.endRecording();
		recorder.dispose();
		recorder = new ChangeRecorder(map);
		return change;
	}

	public ElementTriples index() {
		return index;
	}

	public void dispose() {
		commandStack.removeCommandStackListener(this);
		recorder.dispose();
	}
}
