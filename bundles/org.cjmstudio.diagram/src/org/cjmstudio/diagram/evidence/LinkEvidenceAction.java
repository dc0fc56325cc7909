package org.cjmstudio.diagram.evidence;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * "Link Evidence..." on a barrier, emotion or persona: a checklist of the map's studies, interviews, insights and
 * data sources, ticked where the element already cites them. OK sets the citations in one undoable command.
 */
public final class LinkEvidenceAction extends SelectionAction {

	public static final String ID = "org.cjmstudio.diagram.linkEvidence";

	private final AdapterFactoryEditingDomain domain;

	public LinkEvidenceAction(IWorkbenchPart editor, AdapterFactoryEditingDomain domain) {
		super(editor);
		this.domain = domain;
		setId(ID);
		setText("Link &Evidence...");
		setToolTipText("Choose the interviews, insights and data this element rests on");
	}

	@Override
	protected boolean calculateEnabled() {
		return selectedElement() != null;
	}

	@Override
	public void run() {
		EObject element = selectedElement();
		List<Evidence> available = EvidenceLinks.available(element);
		ItemProviderLabelProvider labels = new ItemProviderLabelProvider(domain.getAdapterFactory());
		try {
			ListSelectionDialog dialog = ListSelectionDialog.of(available).contentProvider(ArrayContentProvider
					.getInstance()).labelProvider(labels).message("What does "
							+ ElementLabels.describe(element) + " rest on?")
					.preselect(EvidenceLinks.cited(element).toArray()).create(getWorkbenchPart().getSite().getShell());
			dialog.setTitle("Link Evidence");
			if (dialog.open() == Window.OK) {
				List<Evidence> chosen = Arrays.stream(dialog.getResult()).map(Evidence.class::cast).toList();
				execute(new EmfCommand(EvidenceLinks.cite(domain, element, chosen)));
			}
		} finally {
			labels.dispose();
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
