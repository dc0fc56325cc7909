package org.cjmstudio.diagram.commands;

import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.common.command.Command;

/**
 * A GEF command that carries an EMF command. Edit policies answer requests with these, so the diagram builds its
 * changes from the same EMF.Edit commands the outline and properties view use; {@link EmfCommandStackBridge} runs
 * them on the editing domain's one command stack.
 */
public final class EmfCommand extends org.eclipse.gef.commands.Command {

	private final Command emfCommand;

	public EmfCommand(Command emfCommand) {
		super(CommandLabels.of(emfCommand));
		this.emfCommand = emfCommand;
	}

	public Command emfCommand() {
		return emfCommand;
	}

	@Override
	public boolean canExecute() {
		return emfCommand.canExecute();
	}

	@Override
	public boolean canUndo() {
		return emfCommand.canUndo();
	}

	@Override
	public void execute() {
		emfCommand.execute();
	}

	@Override
	public void undo() {
		emfCommand.undo();
	}

	@Override
	public void redo() {
		emfCommand.redo();
	}

	@Override
	public void dispose() {
		emfCommand.dispose();
	}
}
