package org.cjmstudio.persona.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cjmstudio.model.Persona;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Tells the persona editor's fields when the portrait may show something else: when the persona or anything it
 * contains changes (an edit, an undo in the map editor, a Properties view change), and after every command on the
 * map's stack (new evidence or channels in the map change what the checklists offer). One command can send dozens
 * of notifications, so the refresh runs once, on the UI thread, after the burst.
 */
public final class PortraitChanges {

	private final Persona persona;
	private final CommandStack commandStack;
	private final Display display;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification); // follows profiles and roles as they are added and removed
			if (!notification.isTouch()) {
				schedule();
			}
		}
	};
	private final CommandStackListener stackListener = event -> schedule();
	private boolean disposed;

	/** Starts listening at once; call {@link #dispose()} when the editor closes. */
	public PortraitChanges(Persona persona, CommandStack commandStack, Display display) {
		this.persona = persona;
		this.commandStack = commandStack;
		this.display = display;
		persona.eAdapters().add(modelListener);
		commandStack.addCommandStackListener(stackListener);
	}

	/** Runs {@code refresher} after every change from now on, on the UI thread. */
	public void whenChanged(Runnable refresher) {
		refreshers.add(refresher);
	}

	/** Refreshes everything now; tests and the editor use it when a page is first shown. */
	public void refreshNow() {
		scheduled.set(false);
		if (!disposed) {
			for (Runnable refresher : List.copyOf(refreshers)) {
				refresher.run();
			}
		}
	}

	private void schedule() {
		if (!disposed && scheduled.compareAndSet(false, true) && !display.isDisposed()) {
			display.asyncExec(this::refreshNow);
		}
	}

	public void dispose() {
		disposed = true;
		// Removing the content adapter from the persona also removes it from everything the persona contains.
		persona.eAdapters().remove(modelListener);
		commandStack.removeCommandStackListener(stackListener);
		refreshers.clear();
	}
}
