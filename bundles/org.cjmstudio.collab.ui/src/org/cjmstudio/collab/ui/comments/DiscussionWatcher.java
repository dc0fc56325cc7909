package org.cjmstudio.collab.ui.comments;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * Tells the Comments view when the discussion it shows changes, by a command or by a teammate's change arriving:
 * it listens to the element, its threads and their comments only (not the whole map), and moves to new threads and
 * comments as they appear.
 */
final class DiscussionWatcher extends AdapterImpl {

	private final Runnable changed;
	private final List<Notifier> watched = new ArrayList<>();

	DiscussionWatcher(Runnable changed) {
		this.changed = changed;
	}

	/** Watches {@code element} (null: nothing) instead of what it watched before. */
	void watch(CjmElement element) {
		stop();
		if (element == null) {
			return;
		}
		attach(element);
		for (CommentThread thread : element.getCommentThreads()) {
			attach(thread);
			for (Comment comment : thread.getComments()) {
				attach(comment);
			}
		}
	}

	private void attach(Notifier notifier) {
		notifier.eAdapters().add(this);
		watched.add(notifier);
	}

	void stop() {
		watched.forEach(notifier -> notifier.eAdapters().remove(this));
		watched.clear();
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
			changed.run();
		}
	}
}
