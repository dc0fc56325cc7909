package org.cjmstudio.research.ui.view;

import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Tells the Research view that the research of its map changed, whoever changed it (this view, the Properties
 * view, the map editor, undo, a colleague's change). It listens to the map and to its evidence only, not to stages
 * and cards, and batches the notifications of one command into one refresh on the UI thread.
 */
final class ResearchChanges extends EContentAdapter {

	private final Display display;
	private final Runnable refresh;
	private JourneyMap map;
	private boolean scheduled;

	ResearchChanges(Display display, Runnable refresh) {
		this.display = display;
		this.refresh = refresh;
	}

	/** Listens to {@code newMap} from now on (and no longer to the previous one); {@code null} stops listening. */
	void follow(JourneyMap newMap) {
		if (map == newMap) {
			return;
		}
		if (map != null) {
			map.eAdapters().remove(this);
		}
		map = newMap;
		if (map != null) {
			map.eAdapters().add(this);
		}
	}

	@Override
	protected void addAdapter(Notifier notifier) {
		// Stages, cards and personas are left alone: their changes do not show in this view.
		if (notifier instanceof Evidence || notifier instanceof JourneyMap) {
			super.addAdapter(notifier);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof Evidence
				|| notification.getNotifier() instanceof JourneyMap)) {
			return;
		}
		if (Display.getCurrent() == display) {
			schedule();
		} else if (!display.isDisposed()) {
			display.asyncExec(this::schedule);
		}
	}

	private void schedule() {
		if (!scheduled) {
			scheduled = true;
			display.asyncExec(() -> {
				scheduled = false;
				refresh.run();
			});
		}
	}
}
