package org.cjmstudio.diagram.editor;

import org.cjmstudio.diagram.cards.CardColorAction;
import org.cjmstudio.diagram.cards.CardImageAction;
import org.cjmstudio.diagram.comments.AddCommentAction;
import org.cjmstudio.diagram.evidence.LinkEvidenceAction;
import org.cjmstudio.diagram.links.AddExternalLinkAction;
import org.cjmstudio.diagram.personas.AddPersonaAction;
import org.cjmstudio.diagram.personas.PersonaActions;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
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
		addPersonaActions(menu);
		add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
		add(menu, GEFActionConstants.GROUP_EDIT, LinkEvidenceAction.ID);
		add(menu, GEFActionConstants.GROUP_EDIT, AddExternalLinkAction.ID);
		add(menu, GEFActionConstants.GROUP_EDIT, AddCommentAction.ID);
		addCardLooks(menu);
		add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN);
		add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT);
		add(menu, GEFActionConstants.GROUP_VIEW, ShowRelationLinesAction.ID);
	}

	/**
	 * Open, Add, Duplicate, Move Left / Right on a persona; Add Persona also on the band or the empty map, not on
	 * cards and stages, where it would only be noise.
	 */
	private void addPersonaActions(IMenuManager menu) {
		boolean onPersonasOrMap = getViewer().getSelectedEditParts().stream().map(part -> ((EditPart) part).getModel())
				.allMatch(model -> model instanceof Persona || model instanceof JourneyMap
						|| !(model instanceof EObject));
		for (String id : PersonaActions.IDS) {
			if (onPersonasOrMap || !AddPersonaAction.ID.equals(id)) {
				add(menu, GEFActionConstants.GROUP_EDIT, id);
			}
		}
	}

	/** Card Colour (a submenu of sticky-note colours), Attach Image..., Remove Image. */
	private void addCardLooks(IMenuManager menu) {
		MenuManager colors = new MenuManager("Card Co&lour");
		for (String id : CardColorAction.ids()) {
			IAction action = actions.getAction(id);
			if (action != null && action.isEnabled()) {
				colors.add(action);
			}
		}
		if (!colors.isEmpty()) {
			menu.appendToGroup(GEFActionConstants.GROUP_EDIT, colors);
		}
		add(menu, GEFActionConstants.GROUP_EDIT, CardImageAction.ATTACH_ID);
		add(menu, GEFActionConstants.GROUP_EDIT, CardImageAction.REMOVE_ID);
	}

	private void add(IMenuManager menu, String group, String actionId) {
		IAction action = actions.getAction(actionId);
		if (action != null && action.isEnabled()) {
			menu.appendToGroup(group, action);
		}
	}
}
