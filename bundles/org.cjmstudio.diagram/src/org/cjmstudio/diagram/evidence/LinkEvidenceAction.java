package org.cjmstudio.diagram.evidence;

import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;

/**
 * "Link Evidence..." on a barrier, emotion or persona: the {@link LinkEvidenceDialog}, ticked where the element
 * already cites. OK adds what the dialog created and sets the citations in one undoable command; Cancel changes
 * nothing.
 */
public final class LinkEvidenceAction extends SelectionAction {

	public static final String ID = "org.cjmstudio.diagram.linkEvidence";

	private final AdapterFactoryEditingDomain domain;

	public LinkEvidenceAction(IWorkbenchPart editor, AdapterFactoryEditingDomain domain) {
		super(editor);
		this.domain = domain;
		setId(ID);
		setText("Link &Evidence...");
		setToolTipText("Choose the interviews, quotes, insights and data this element rests on, or create them");
	}

	@Override
	protected boolean calculateEnabled() {
		return selectedElement() != null;
	}

	@Override
	public void run() {
		EObject element = selectedElement();
		if (element == null) {
			return;
		}
		EvidenceDraft draft = new EvidenceDraft(element);
		LinkEvidenceDialog dialog = new LinkEvidenceDialog(getWorkbenchPart().getSite().getShell(), draft,
				domain.getAdapterFactory());
		if (dialog.open() == Window.OK) {
			Command command = draft.command(domain);
			if (command != null) {
				execute(new EmfCommand(command));
			}
		}
	}

	private EObject selectedElement() {
		List<?> selection = getSelectedObjects();
		if (selection.size() == 1 && selection.get(0) instanceof EditPart part && part.getModel() instanceof EObject
				element && EvidenceLinks.citationOf(element) != null) {
			return element;
		}
		return null;
	}
}
