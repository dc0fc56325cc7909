package org.cjmstudio.diagram.links;

import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;

/** "Link to External Record..." on a selected card, stage or the map: adds an external link in one undoable step. */
public final class AddExternalLinkAction extends SelectionAction {

	public static final String ID = "org.cjmstudio.diagram.addExternalLink";

	private final EditingDomain domain;

	public AddExternalLinkAction(IWorkbenchPart editor, EditingDomain domain) {
		super(editor);
		this.domain = domain;
		setId(ID);
		setText("Link to External &Record...");
		setToolTipText("Link this element to a Wikidata item, a knowledge-base page or a CRM record");
	}

	@Override
	protected boolean calculateEnabled() {
		return selectedElement() != null;
	}

	@Override
	public void run() {
		CjmElement element = selectedElement();
		ExternalLinkDialog dialog = new ExternalLinkDialog(getWorkbenchPart().getSite().getShell(),
				ElementLabels.describe(element));
		if (dialog.open() == Window.OK) {
			execute(new EmfCommand(ExternalLinks.add(domain, element, dialog.target(), dialog.kind(), dialog.label())));
		}
	}

	private CjmElement selectedElement() {
		List<?> selection = getSelectedObjects();
		return selection.size() == 1 && selection.get(0) instanceof EditPart part
				&& part.getModel() instanceof CjmElement element ? element : null;
	}
}
