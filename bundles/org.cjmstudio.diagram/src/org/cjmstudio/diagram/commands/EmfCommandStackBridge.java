package org.cjmstudio.diagram.commands;

import java.util.EventObject;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * GEF's command stack, backed by the EMF editing domain's. GEF tools and actions (undo, redo, delete, the dirty
 * marker) talk to this stack; every command actually runs on EMF's stack, so there is one history for the diagram,
 * the outline, the properties view and, later, collaboration.
 */
public final class EmfCommandStackBridge extends CommandStack {

	private final BasicCommandStack emfStack;
	private final CommandStackListener emfListener = this::emfStackChanged;

	public EmfCommandStackBridge(BasicCommandStack emfStack) {
		this.emfStack = emfStack;
		emfStack.addCommandStackListener(emfListener);
	}

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		emfStack.execute(command instanceof EmfCommand emf ? emf.emfCommand() : new GefCommandAsEmf(command));
	}

	@Override
	public boolean canUndo() {
		return emfStack.canUndo();
	}

	@Override
	public boolean canRedo() {
		return emfStack.canRedo();
	}

	@Override
	public void undo() {
		emfStack.undo();
	}

	@Override
	public void redo() {
		emfStack.redo();
	}

	@Override
	public boolean isDirty() {
		return emfStack.isSaveNeeded();
	}

	@Override
	public void markSaveLocation() {
		emfStack.saveIsDone();
		notifyListeners();
	}

	@Override
	public void flush() {
		emfStack.flush();
	}

	@Override
	public Command getUndoCommand() {
		org.eclipse.emf.common.command.Command undo = emfStack.getUndoCommand();
		return undo == null ? null : new EmfCommand(undo);
	}

	@Override
	public Command getRedoCommand() {
		org.eclipse.emf.common.command.Command redo = emfStack.getRedoCommand();
		return redo == null ? null : new EmfCommand(redo);
	}

	@Override
	public void dispose() {
		emfStack.removeCommandStackListener(emfListener);
		super.dispose();
	}

	private void emfStackChanged(EventObject event) {
		notifyListeners();
	}
}
