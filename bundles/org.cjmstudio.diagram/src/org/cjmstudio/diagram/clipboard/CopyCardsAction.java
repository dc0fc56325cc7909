package org.cjmstudio.diagram.clipboard;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.commands.CardCommands;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

/** Edit &gt; Copy (Ctrl+C) on selected cards: puts copies on the editing domain's clipboard. */
public final class CopyCardsAction extends SelectionAction {

	private final EditingDomain domain;

	public CopyCardsAction(IWorkbenchPart editor, EditingDomain domain) {
		super(editor);
		this.domain = domain;
		setId(ActionFactory.COPY.getId());
		setText("&Copy");
	}

	@Override
	protected boolean calculateEnabled() {
		return !selectedCards().isEmpty();
	}

	@Override
	public void run() {
		domain.setClipboard(new ArrayList<>(CardCopies.of(selectedCards())));
	}

	private List<EObject> selectedCards() {
		List<EObject> cards = new ArrayList<>();
		for (Object selected : getSelectedObjects()) {
			if (selected instanceof EditPart part && part.getModel() instanceof EObject card && isCard(card)) {
				cards.add(card);
			}
		}
		return cards;
	}

	static boolean isCard(EObject element) {
		return CardCommands.stageFeature(element) != null || element instanceof Opportunity
				|| element instanceof Metric;
	}
}
