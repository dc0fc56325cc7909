package org.cjmstudio.diagram.policies;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

/** Answers an in-place rename with a {@link SetCommand} on the attribute that names the element. */
public final class NameDirectEditPolicy extends DirectEditPolicy {

	private final EAttribute nameAttribute;

	public NameDirectEditPolicy(EAttribute nameAttribute) {
		this.nameAttribute = nameAttribute;
	}

	@Override
	protected Command getDirectEditCommand(DirectEditRequest request) {
		Object value = request.getCellEditor().getValue();
		String name = value == null ? "" : value.toString().strip();
		Object element = getHost().getModel();
		EmfCommand rename = new EmfCommand(SetCommand.create(EditingDomains.of(element), element, nameAttribute, name));
		rename.setLabel(CommandLabels.changing((EObject) element, nameAttribute));
		return rename;
	}

	@Override
	protected void showCurrentEditValue(DirectEditRequest request) {
		// The figure shows the new name once the command runs; nothing to preview meanwhile.
	}
}
