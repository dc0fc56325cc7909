package org.cjmstudio.edit.ui.viewers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Applies model changes to one viewer on the UI thread. Changes are collected and applied together in one
 * {@code asyncExec}, because a single command (a paste, a delete of a stage) can send dozens of notifications.
 */
final class ViewerRefresh implements Runnable {

	private final Viewer viewer;
	private final List<Notification> pending = new ArrayList<>();

	ViewerRefresh(Viewer viewer) {
		this.viewer = viewer;
	}

	/** Safe on any thread: the work itself runs on the viewer's display. */
	void schedule(Notification notification) {
		Control control = viewer.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		boolean firstOfBatch;
		synchronized (pending) {
			firstOfBatch = pending.isEmpty();
			pending.add(notification);
		}
		if (firstOfBatch) {
			control.getDisplay().asyncExec(this);
		}
	}

	@Override
	public void run() {
		List<Notification> batch;
		synchronized (pending) {
			batch = new ArrayList<>(pending);
			pending.clear();
		}
		Control control = viewer.getControl();
		if (control == null || control.isDisposed()) {
			return; // the view was closed while the changes were on their way
		}
		for (Notification notification : batch) {
			if (!apply(notification)) {
				viewer.refresh();
				return; // a full refresh covers the rest of the batch
			}
		}
	}

	/** Refreshes or relabels just the element that changed; {@code false} when the whole viewer must refresh. */
	private boolean apply(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || change.getElement() == null
				|| !(viewer instanceof StructuredViewer structured)) {
			return false;
		}
		if (change.isContentRefresh()) {
			structured.refresh(change.getElement(), change.isLabelUpdate());
		} else if (change.isLabelUpdate()) {
			structured.update(change.getElement(), null);
		}
		return true;
	}
}
