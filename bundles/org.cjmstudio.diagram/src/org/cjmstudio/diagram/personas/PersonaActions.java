package org.cjmstudio.diagram.personas;

import java.util.List;

import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.viewers.ISelectionProvider;

/** The persona actions as the diagram shows them (left and right in the band) and as a tree shows them (up, down). */
public final class PersonaActions {

	/** In the order of the menus. */
	public static final List<String> IDS = List.of(OpenPersonaAction.ID, AddPersonaAction.ID,
			DuplicatePersonaAction.ID, MovePersonaAction.EARLIER_ID, MovePersonaAction.LATER_ID);

	private PersonaActions() {
	}

	public static List<SelectionAction> forDiagram(MapEditorContext context) {
		return List.of(new OpenPersonaAction(context), new AddPersonaAction(context),
				new DuplicatePersonaAction(context), MovePersonaAction.earlier(context, "Move Persona &Left"),
				MovePersonaAction.later(context, "Move Persona &Right"));
	}

	/** For a tree of the map's elements (the outline): the actions follow the tree's selection. */
	public static List<SelectionAction> forTree(MapEditorContext context, ISelectionProvider tree) {
		List<SelectionAction> actions = List.of(new OpenPersonaAction(context), new AddPersonaAction(context),
				new DuplicatePersonaAction(context), MovePersonaAction.earlier(context, "Move Persona &Up"),
				MovePersonaAction.later(context, "Move Persona &Down"));
		actions.forEach(action -> action.setSelectionProvider(tree));
		return actions;
	}
}
