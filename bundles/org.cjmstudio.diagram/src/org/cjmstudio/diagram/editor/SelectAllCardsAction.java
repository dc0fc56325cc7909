package org.cjmstudio.diagram.editor;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Stage;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Select All (Ctrl+A) selects every card of the map. GEF's own action selects the top level only, which on
 * a journey map are the stage columns, not what a user means. Personas are not cards: Select All and Delete must
 * never take them along.
 */
final class SelectAllCardsAction extends Action {

	private final GraphicalViewer viewer;

	SelectAllCardsAction(GraphicalViewer viewer) {
		this.viewer = viewer;
		setId(ActionFactory.SELECT_ALL.getId());
		setText("Select &All");
	}

	@Override
	public void run() {
		List<EditPart> cards = new ArrayList<>();
		for (Object column : viewer.getContents().getChildren()) {
			if (((EditPart) column).getModel() instanceof Stage) { // not the persona band: personas are not cards
				for (Object card : ((EditPart) column).getChildren()) {
					cards.add((EditPart) card);
				}
			}
		}
		viewer.setSelection(new StructuredSelection(cards));
	}
}
