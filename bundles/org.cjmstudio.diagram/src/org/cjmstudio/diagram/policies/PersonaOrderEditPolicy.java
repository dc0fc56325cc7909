package org.cjmstudio.diagram.policies;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.personas.PersonaCommands;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.FlowLayoutEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

/**
 * Orders the personas in their band: drag a chip between two others to move the persona, or drop a new persona from
 * the palette there. Both are EMF commands on the map's persona list.
 */
public final class PersonaOrderEditPolicy extends FlowLayoutEditPolicy {

	private JourneyMap map() {
		return (JourneyMap) getHost().getParent().getModel();
	}

	@Override
	protected boolean isHorizontal() {
		return true;
	}

	@Override
	protected Command createMoveChildCommand(EditPart child, EditPart after) {
		Persona moved = (Persona) child.getModel();
		int from = map().getPersonas().indexOf(moved);
		int to = after == null ? map().getPersonas().size() - 1 : map().getPersonas().indexOf(after.getModel());
		if (to > from && after != null) {
			to--; // the moved persona leaves its old place first
		}
		org.eclipse.emf.common.command.Command move = PersonaCommands.move(EditingDomains.of(map()), moved, to - from);
		return move == null ? null : new EmfCommand(move);
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof Persona persona)) {
			return null;
		}
		EditPart after = getInsertionReference(request);
		int index = after == null ? -1 : map().getPersonas().indexOf(after.getModel());
		return new EmfCommand(PersonaCommands.add(EditingDomains.of(map()), map(), persona, index));
	}

	@Override
	protected Command createAddCommand(EditPart child, EditPart after) {
		return null; // personas never come from elsewhere
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		return new NonResizableEditPolicy();
	}
}
