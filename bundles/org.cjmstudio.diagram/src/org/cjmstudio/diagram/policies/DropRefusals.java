package org.cjmstudio.diagram.policies;

import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Says in the status line why a drop is refused ("A barrier goes in the Barriers lane"), while GEF shows the "not
 * allowed" cursor, so a refusal is never silent; and clears it when the pointer reaches a place that takes the card.
 */
public final class DropRefusals {

	private DropRefusals() {
	}

	public static void explain(EditPart host, String why) {
		IStatusLineManager statusLine = statusLine(host);
		if (statusLine != null) {
			statusLine.setErrorMessage(why);
		}
	}

	public static void clear(EditPart host) {
		IStatusLineManager statusLine = statusLine(host);
		if (statusLine != null) {
			statusLine.setErrorMessage(null);
		}
	}

	/**
	 * The status line the user sees: the active part's. During a drag from a view (research from the Research
	 * view) that view stays active, and the editor's own status line would not show.
	 */
	private static IStatusLineManager statusLine(EditPart host) {
		if (host.getViewer() != null && host.getViewer().getEditDomain() instanceof DefaultEditDomain domain
				&& domain.getEditorPart() != null) {
			IEditorPart editor = domain.getEditorPart();
			IWorkbenchPart active = editor.getSite().getPage().getActivePart();
			if (active instanceof IViewPart view && view.getViewSite() != null) {
				return view.getViewSite().getActionBars().getStatusLineManager();
			}
			return editor.getEditorSite().getActionBars().getStatusLineManager();
		}
		return null;
	}
}
