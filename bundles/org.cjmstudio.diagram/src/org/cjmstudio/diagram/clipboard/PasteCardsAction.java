package org.cjmstudio.diagram.clipboard;

import java.util.Collection;

import org.cjmstudio.diagram.commands.CardCommands;
import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Stage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Paste (Ctrl+V): adds fresh copies of the clipboard's cards to the selected stage, or to the stage of the
 * selected card, as one undoable command. Pasting twice gives two independent sets of cards.
 */
public final class PasteCardsAction extends SelectionAction {

	private final EditingDomain domain;

	public PasteCardsAction(IWorkbenchPart editor, EditingDomain domain) {
		super(editor);
		this.domain = domain;
		setId(ActionFactory.PASTE.getId());
		setText("&Paste");
	}

	@Override
	protected boolean calculateEnabled() {
		Collection<Object> clipboard = domain.getClipboard();
		return clipboard != null && !clipboard.isEmpty() && targetStage() != null;
	}

	@Override
	public void run() {
		Stage stage = targetStage();
		CompoundCommand paste = new CompoundCommand("Paste");
		for (EObject copy : CardCopies.of(domain.getClipboard().stream().map(EObject.class::cast).toList())) {
			Command create = CardCommands.create(domain, stage, copy);
			if (create != null) {
				paste.append(create);
			}
		}
		execute(new EmfCommand(paste));
	}

	/** The selected stage, or the stage the selected card sits in. */
	private Stage targetStage() {
		if (getSelectedObjects().size() != 1 || !(getSelectedObjects().get(0) instanceof EditPart part)) {
			return null;
		}
		Object selected = part.getModel();
		if (selected instanceof Stage stage) {
			return stage;
		}
		if (selected instanceof Opportunity opportunity) {
			return opportunity.getStage();
		}
		if (selected instanceof Metric metric) {
			return metric.getStage();
		}
		return selected instanceof EObject card && card.eContainer() instanceof Stage stage ? stage : null;
	}
}
