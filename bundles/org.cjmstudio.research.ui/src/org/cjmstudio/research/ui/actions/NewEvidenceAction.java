package org.cjmstudio.research.ui.actions;

import org.cjmstudio.model.Evidence;
import org.cjmstudio.research.ui.view.OpenMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.resource.ImageDescriptor;
import org.cjmstudio.model.edit.provider.CjmEditPlugin;
import java.net.URL;

/** New Study, New Interview, New Quote, New Insight, New Data Source: creates the element and opens its name. */
public final class NewEvidenceAction extends Action {

	private final ResearchContext context;
	private final NewEvidence kind;

	public NewEvidenceAction(ResearchContext context, NewEvidence kind) {
		super(kind.actionLabel());
		this.context = context;
		this.kind = kind;
		setId("org.cjmstudio.research.ui.new." + kind.name().toLowerCase());
		setToolTipText(kind.toolTip());
		setImageDescriptor(iconOf(kind));
		update();
	}

	/** The kind's own icon, as the tree shows its elements. */
	private static ImageDescriptor iconOf(NewEvidence kind) {
		String className = kind.list().getEReferenceType().getName();
		return CjmEditPlugin.INSTANCE.getImage("full/obj16/" + className) instanceof URL url
				? ImageDescriptor.createFromURL(url) : null;
	}

	public NewEvidence kind() {
		return kind;
	}

	/** Enabled when there is a place for the new element (an interview needs a study, a quote an interview). */
	public void update() {
		OpenMap open = context.openMap();
		setEnabled(open != null && kind.ownerIn(open.map(), context.selection()) != null);
	}

	@Override
	public void run() {
		OpenMap open = context.openMap();
		if (open == null) {
			return;
		}
		IStructuredSelection selection = context.selection();
		EObject owner = kind.ownerIn(open.map(), selection);
		if (owner == null) {
			return;
		}
		Evidence created = kind.create(owner);
		Command command = ResearchCommands.create(open.domain(), kind, owner, created, selection.toList());
		if (command.canExecute()) {
			open.domain().getCommandStack().execute(command);
			context.show(created, true);
		}
	}
}
