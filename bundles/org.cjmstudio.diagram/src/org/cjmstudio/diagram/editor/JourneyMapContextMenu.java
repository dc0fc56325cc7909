package org.cjmstudio.diagram.editor;

import org.cjmstudio.diagram.evidence.LinkEvidenceAction;
import org.cjmstudio.diagram.links.AddExternalLinkAction;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;

/** The diagram's right-click menu: the editor's actions that apply to what is under the mouse. */
final class JourneyMapContextMenu extends ContextMenuProvider {

	private final ActionRegistry actions;

	JourneyMapContextMenu(EditPartViewer viewer, ActionRegistry actions) {
		super(viewer);
		this.actions = actions;
	}

	@Override
	public void buildContextMenu(IMenuManager menu) {
		GEFActionConstants.addStandardActionGroups(menu);
		add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
		add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
		add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId());
		add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.PASTE.getId());
		add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
		add(menu, GEFActionConstants.GROUP_EDIT, LinkEvidenceAction.ID);
		add(menu, GEFActionConstants.GROUP_EDIT, AddExternalLinkAction.ID);
		add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN);
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT);
	}

	private void add(IMenuManager menu, String group, String actionId) {
		IAction action = actions.getAction(actionId);
		if (action != null && action.isEnabled()) {
			menu.appendToGroup(group, action);
		}
	}
}
