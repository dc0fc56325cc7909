package org.cjmstudio.diagram.evidence;

import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.tools.SelectionTool;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IEditorPart;

/**
 * The palette's "Evidence link" tool: click a barrier, emotion or persona and choose what it rests on (the
 * {@link LinkEvidenceAction} dialog). Evidence has no card of its own on the map, so a link is made by choosing from
 * the map's research rather than by drawing a line. The palette returns to the selection tool afterwards.
 */
public final class EvidenceLinkTool extends SelectionTool {

	public EvidenceLinkTool() {
		setUnloadWhenFinished(true);
	}

	@Override
	protected boolean handleButtonUp(int button) {
		boolean handled = super.handleButtonUp(button);
		IAction link = linkAction();
		if (button == 1 && link != null && link.isEnabled()) {
			link.run();
		}
		handleFinished();
		return handled;
	}

	private IAction linkAction() {
		if (getDomain() instanceof DefaultEditDomain domain) {
			IEditorPart editor = domain.getEditorPart();
			Object actions = editor == null ? null : editor.getAdapter(ActionRegistry.class);
			return actions instanceof ActionRegistry registry ? registry.getAction(LinkEvidenceAction.ID) : null;
		}
		return null;
	}
}
