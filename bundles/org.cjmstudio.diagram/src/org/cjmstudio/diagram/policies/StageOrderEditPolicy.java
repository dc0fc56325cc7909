package org.cjmstudio.diagram.policies;

import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.FlowLayoutEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

/**
 * Orders the stage columns: drag a column by its header to move the stage, or drop a new stage from the palette
 * between two columns. Both are EMF commands on the map's stage list.
 */
public final class StageOrderEditPolicy extends FlowLayoutEditPolicy {

	private JourneyMap map() {
		return (JourneyMap) getHost().getModel();
	}

	@Override
	protected boolean isHorizontal() {
		return true;
	}

	@Override
	protected Command createMoveChildCommand(EditPart child, EditPart after) {
		List<Stage> stages = map().getStages();
		Stage moved = (Stage) child.getModel();
		int target = after == null ? stages.size() - 1 : stages.indexOf(after.getModel());
		if (target > stages.indexOf(moved) && after != null) {
			target--; // the moved stage leaves its old place first
		}
		return new EmfCommand(MoveCommand.create(EditingDomains.of(map()), map(),
				CjmPackage.Literals.JOURNEY_MAP__STAGES, moved, target));
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof Stage stage)) {
			return null;
		}
		EditPart after = getInsertionReference(request);
		int index = after == null ? map().getStages().size() : map().getStages().indexOf(after.getModel());
		return new EmfCommand(AddCommand.create(EditingDomains.of(map()), map(),
				CjmPackage.Literals.JOURNEY_MAP__STAGES, stage, index));
	}

	@Override
	protected Command createAddCommand(EditPart child, EditPart after) {
		return null; // only stages live in the map's flow, and they never come from elsewhere
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		return new NonResizableEditPolicy();
	}
}
