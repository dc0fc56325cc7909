package org.cjmstudio.persona;

import java.util.EventObject;

import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchCommandConstants;

/**
 * Undo or Redo on the map's command stack, for the workbench's Edit menu and keys while a persona editor is active.
 * Its label names the step ("Undo Change Name"), whichever editor made it, and it is disabled when there is nothing
 * to undo or redo.
 */
final class CommandStackAction extends Action implements CommandStackListener {

	private final CommandStack stack;
	private final boolean undo;

	private CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		setId(undo ? "org.cjmstudio.persona.undo" : "org.cjmstudio.persona.redo");
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		stack.addCommandStackListener(this);
		update();
	}

	static CommandStackAction undo(CommandStack stack) {
		return new CommandStackAction(stack, true);
	}

	static CommandStackAction redo(CommandStack stack) {
		return new CommandStackAction(stack, false);
	}

	@Override
	public void run() {
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String verb = undo ? "&Undo" : "&Redo";
		String step = next == null ? "" : " " + CommandLabels.of(next);
		setText(verb + step);
	}

	/** Stops following the stack; the editor calls it when it closes. */
	void dispose() {
		stack.removeCommandStackListener(this);
	}
}
