package org.cjmstudio.diagram.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of a read-only map: every change made in the editor, the Properties view or the Outline arrives
 * here, the one place they all pass, and is dropped unexecuted, with the reason handed to whoever should say it.
 */
final class RefusingCommandStack extends BasicCommandStack {

	private Runnable refused = () -> {
	};

	void onRefusal(Runnable tell) {
		refused = tell;
	}

	@Override
	public void execute(Command command) {
		if (command != null) {
			command.dispose();
		}
		refused.run();
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public boolean canRedo() {
		return false;
	}
}
