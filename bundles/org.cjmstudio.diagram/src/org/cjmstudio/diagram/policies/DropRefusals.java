package org.cjmstudio.diagram.policies;

import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.action.IStatusLineManager;

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

	private static IStatusLineManager statusLine(EditPart host) {
		if (host.getViewer() != null && host.getViewer().getEditDomain() instanceof DefaultEditDomain domain
				&& domain.getEditorPart() != null) {
			return domain.getEditorPart().getEditorSite().getActionBars().getStatusLineManager();
		}
		return null;
	}
}
