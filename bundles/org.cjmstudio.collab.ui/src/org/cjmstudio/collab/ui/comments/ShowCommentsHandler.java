package org.cjmstudio.collab.ui.comments;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Show Comments" in the map editor's context menu: brings up the Comments view on what is selected. */
public final class ShowCommentsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(CommentsView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the Comments view: " + e.getMessage(), e);
		}
		return null;
	}
}
