package org.cjmstudio.research.ui.view;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the journey map of the active editor. An editor that edits no map (the Welcome page) leaves the last map
 * on show as long as its editor is open; closing that editor empties the view until another map editor comes up.
 */
final class EditorFollower implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<OpenMap> show;
	private OpenMap current;

	EditorFollower(IWorkbenchPage page, Consumer<OpenMap> show) {
		this.page = page;
		this.show = show;
	}

	void start() {
		page.addPartListener(this);
		follow(page.getActiveEditor());
	}

	void stop() {
		page.removePartListener(this);
		current = null;
	}

	OpenMap current() {
		return current;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		follow(reference.getPart(false));
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		follow(reference.getPart(false));
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (current != null && reference.getPart(false) == current.editor()) {
			current = null;
			show.accept(null);
			// Another map editor may be on top now; it is activated after this, but not always (a background close).
			IEditorPart next = page.getActiveEditor();
			if (next != null && next != reference.getPart(false)) {
				follow(next);
			}
		}
	}

	private void follow(IWorkbenchPart part) {
		if (!(part instanceof IEditorPart editor)) {
			return;
		}
		OpenMap map = OpenMap.of(editor);
		if (map == null || (current != null && current.map() == map.map())) {
			return;
		}
		current = map;
		show.accept(map);
	}
}
