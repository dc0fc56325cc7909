package org.cjmstudio.diagram.policies;

import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/**
 * Deletes a card or a stage with EMF.Edit's {@link DeleteCommand}, which also removes every reference to it (an
 * opportunity that addressed a deleted barrier, an emotion felt at a deleted step), so undo restores all of it.
 */
public final class ElementDeletePolicy extends ComponentEditPolicy {

	@Override
	protected Command createDeleteCommand(GroupRequest request) {
		Object element = getHost().getModel();
		return new EmfCommand(DeleteCommand.create(EditingDomains.of(element), List.of(element)));
	}
}
