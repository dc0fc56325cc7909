package org.cjmstudio.research.ui.actions;

import org.cjmstudio.model.Evidence;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.actions.ActionFactory;

/** Rename (F2, the context menu): opens the selected element's name, or a quote's words, for typing in the tree. */
public final class RenameEvidenceAction extends Action {

	private final ResearchContext context;

	public RenameEvidenceAction(ResearchContext context) {
		super("Rename");
		this.context = context;
		setId(ActionFactory.RENAME.getId());
		setActionDefinitionId("org.eclipse.ui.edit.rename");
		update();
	}

	public void update() {
		setEnabled(context.openMap() != null && context.selection().size() == 1
				&& context.selection().getFirstElement() instanceof Evidence);
	}

	@Override
	public void run() {
		if (context.selection().getFirstElement() instanceof Evidence element) {
			context.show(element, true);
		}
	}
}
