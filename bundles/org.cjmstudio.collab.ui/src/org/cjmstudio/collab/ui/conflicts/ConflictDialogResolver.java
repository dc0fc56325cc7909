package org.cjmstudio.collab.ui.conflicts;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.collab.merge.ConflictResolver;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Settles a rebase's conflicts by asking the user in the {@link ConflictDialog}. The session calls it on its model
 * thread, the UI thread, so the dialog opens right there; the map it names elements from is the session's.
 */
public final class ConflictDialogResolver implements ConflictResolver {

	private final Supplier<Shell> shell;
	private volatile JourneyMap map;

	public ConflictDialogResolver(IWorkbenchWindow window) {
		this(window::getShell);
	}

	/** Asks in a dialog over the shell {@code shell} gives when there are conflicts. */
	public ConflictDialogResolver(Supplier<Shell> shell) {
		this.shell = shell;
	}

	/** The map the conflicts are in, to name its elements (set once the session has it). */
	public void namesFrom(JourneyMap sessionMap) {
		this.map = sessionMap;
	}

	@Override
	public Map<Conflict, Conflict.Choice> resolve(List<Conflict> conflicts) {
		ConflictDialog dialog = new ConflictDialog(shell.get(), conflicts, new ConflictTexts(map));
		dialog.open();
		return dialog.choices();
	}
}
