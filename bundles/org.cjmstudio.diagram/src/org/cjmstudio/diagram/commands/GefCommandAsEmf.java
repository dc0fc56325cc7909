package org.cjmstudio.diagram.commands;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * The other direction: a GEF command (for instance GEF's own compound of several {@link EmfCommand}s) made runnable on
 * EMF's command stack, so that even compound diagram gestures are one undoable step there.
 */
final class GefCommandAsEmf extends AbstractCommand {

	private final org.eclipse.gef.commands.Command gefCommand;

	GefCommandAsEmf(org.eclipse.gef.commands.Command gefCommand) {
		super(gefCommand.getLabel());
		this.gefCommand = gefCommand;
	}

	@Override
	protected boolean prepare() {
		return gefCommand.canExecute();
	}

	@Override
	public boolean canUndo() {
		return gefCommand.canUndo();
	}

	@Override
	public void execute() {
		gefCommand.execute();
	}

	@Override
	public void undo() {
		gefCommand.undo();
	}

	@Override
	public void redo() {
		gefCommand.redo();
	}

	@Override
	public void dispose() {
		gefCommand.dispose();
	}
}
