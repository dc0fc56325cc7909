package org.cjmstudio.diagram.editor;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.DeleteAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;

/**
 * Delete (the key, the Edit menu, the context menu) as one undoable step that also removes every reference to what
 * goes. Deleting more than a few cards, or a stage that still holds cards, asks first: a slip of the keyboard after
 * Select All must not empty the map.
 */
final class ConfirmingDeleteAction extends DeleteAction {

	/** Up to this many cards go without a question. */
	static final int DELETED_WITHOUT_ASKING = 3;
	static final String DIALOG_TITLE = "Delete from the Map";

	private final EditingDomain domain;

	ConfirmingDeleteAction(IEditorPart editor, EditingDomain domain) {
		super(editor);
		this.domain = domain;
	}

	@Override
	protected boolean calculateEnabled() {
		return !elements().isEmpty();
	}

	@Override
	public void run() {
		List<EObject> elements = elements();
		if (elements.isEmpty() || !confirmed(elements)) {
			return;
		}
		Command delete = DeleteCommand.create(domain, elements);
		execute(new EmfCommand(delete));
	}

	private boolean confirmed(List<EObject> elements) {
		int cardsInStages = 0;
		for (EObject element : elements) {
			if (element instanceof Stage stage) {
				cardsInStages += stage.getSteps().size() + stage.getTouchpoints().size() + stage.getEmotions().size()
						+ stage.getBarriers().size();
			}
		}
		if (elements.size() <= DELETED_WITHOUT_ASKING && cardsInStages == 0) {
			return true;
		}
		String what = CommandLabels.of(DeleteCommand.create(domain, elements)).substring("Delete ".length());
		String question = "Delete " + what.toLowerCase() + (cardsInStages > 0
				? " with the " + cardsInStages + " cards in " + (elements.size() == 1 ? "it" : "them") : "")
				+ "?\n\nEvery reference to them goes too. Edit > Undo (Ctrl+Z) brings everything back.";
		return MessageDialog.openQuestion(getWorkbenchPart().getSite().getShell(), DIALOG_TITLE, question);
	}

	/**
	 * The map elements behind the selected edit parts (or selected in a tree, for the outline's Delete); the map
	 * itself is never deleted.
	 */
	private List<EObject> elements() {
		List<EObject> elements = new ArrayList<>();
		for (Object selected : getSelectedObjects()) {
			Object model = selected instanceof EditPart part ? part.getModel() : selected;
			if (model instanceof EObject element && !(element instanceof JourneyMap)) {
				elements.add(element);
			}
		}
		return elements;
	}
}
