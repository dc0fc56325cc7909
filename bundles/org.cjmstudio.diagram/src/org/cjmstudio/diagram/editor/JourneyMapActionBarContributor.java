package org.cjmstudio.diagram.editor;

import org.cjmstudio.diagram.personas.AddPersonaAction;
import org.cjmstudio.diagram.personas.DuplicatePersonaAction;
import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;

/**
 * Connects the workbench's Undo, Redo, Delete, Select All and zoom buttons to the active journey map editor, so the
 * usual keys (Ctrl+Z, Ctrl+Y, Delete, Ctrl+A) work on the map, and puts the map's own commands (Add Persona,
 * Duplicate Persona) in the Edit menu.
 */
public final class JourneyMapActionBarContributor extends ActionBarContributor {

	@Override
	protected void buildActions() {
		addRetargetAction(new UndoRetargetAction());
		addRetargetAction(new RedoRetargetAction());
		addRetargetAction(new DeleteRetargetAction());
		addRetargetAction(new ZoomInRetargetAction());
		addRetargetAction(new ZoomOutRetargetAction());
		addRetargetAction(new RetargetAction(AddPersonaAction.ID, "Add &Persona"));
		addRetargetAction(new RetargetAction(DuplicatePersonaAction.ID, "D&uplicate Persona"));
		RetargetAction relationLines = new RetargetAction(ShowRelationLinesAction.ID, "Relation &Lines",
				IAction.AS_CHECK_BOX);
		relationLines.setToolTipText("Draw lines from each opportunity to the barriers and metrics it relates to");
		addRetargetAction(relationLines);
	}

	@Override
	public void contributeToMenu(IMenuManager menuBar) {
		IMenuManager edit = menuBar.findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
		if (edit != null) {
			edit.appendToGroup(IWorkbenchActionConstants.MB_ADDITIONS, getAction(AddPersonaAction.ID));
			edit.appendToGroup(IWorkbenchActionConstants.MB_ADDITIONS, getAction(DuplicatePersonaAction.ID));
		}
	}

	@Override
	protected void declareGlobalActionKeys() {
		addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
		addGlobalActionKey(ActionFactory.COPY.getId());
		addGlobalActionKey(ActionFactory.PASTE.getId());
		addGlobalActionKey(ActionFactory.PRINT.getId());
		addGlobalActionKey(ActionFactory.SAVE.getId());
	}

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		toolBar.add(getAction(ActionFactory.UNDO.getId()));
		toolBar.add(getAction(ActionFactory.REDO.getId()));
		toolBar.add(new Separator());
		toolBar.add(getAction(GEFActionConstants.ZOOM_IN));
		toolBar.add(getAction(GEFActionConstants.ZOOM_OUT));
		toolBar.add(new ZoomComboContributionItem(getPage()));
		toolBar.add(new Separator());
		toolBar.add(getAction(ShowRelationLinesAction.ID));
	}
}
