package org.cjmstudio.research.ui.actions;

import java.util.EventObject;

import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or Redo on the command stack of the map the view shows, named after the step ("Undo New Interview"), so
 * Ctrl+Z / Ctrl+Y work while the Research view has the focus, on the same history as the map editor.
 */
public final class CommandStackAction extends Action implements CommandStackListener {

	private final boolean undo;
	private CommandStack stack;
	private Runnable beforeRun = () -> { };

	private CommandStackAction(boolean undo) {
		this.undo = undo;
		setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
		setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		update();
	}

	public static CommandStackAction undo() {
		return new CommandStackAction(true);
	}

	public static CommandStackAction redo() {
		return new CommandStackAction(false);
	}

	/** Runs {@code action} first each time, e.g. to make a half-typed edit its own step. */
	public void setBeforeRun(Runnable action) {
		beforeRun = action;
	}

	/** Works on {@code newStack} from now on; {@code null} when no map is shown. */
	public void follow(CommandStack newStack) {
		if (stack == newStack) {
			return;
		}
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		Command next = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
		String verb = undo ? "&Undo" : "&Redo";
		setText(next == null ? verb : verb + " " + CommandLabels.of(next));
	}

	@Override
	public void run() {
		beforeRun.run();
		if (stack != null && (undo ? stack.canUndo() : stack.canRedo())) {
			if (undo) {
				stack.undo();
			} else {
				stack.redo();
			}
		}
	}

	public void dispose() {
		follow(null);
	}
}
