package org.cjmstudio.diagram.policies;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.personas.PersonaCommands;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.FlowLayoutEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.DropRequest;

/**
 * Orders the stage columns: drag a column by its header to move the stage, or drop a new stage from the palette
 * between two columns. Both are EMF commands on the map's stage list. A new persona dropped anywhere on the map
 * (rather than into the persona band) joins the map as its last persona.
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
		if (!(child.getModel() instanceof Stage moved)) {
			return null; // the persona band stays on top
		}
		List<Stage> stages = map().getStages();
		int target = after == null ? stages.size() - 1 : stages.indexOf(after.getModel());
		if (target > stages.indexOf(moved) && after != null) {
			target--; // the moved stage leaves its old place first
		}
		return new EmfCommand(MoveCommand.create(EditingDomains.of(map()), map(),
				CjmPackage.Literals.JOURNEY_MAP__STAGES, moved, target));
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (request.getNewObject() instanceof Persona persona) {
			return new EmfCommand(PersonaCommands.add(EditingDomains.of(map()), map(), persona, -1));
		}
		if (!(request.getNewObject() instanceof Stage stage)) {
			return null;
		}
		EditPart after = getInsertionReference(request);
		int index = after == null ? map().getStages().size() : map().getStages().indexOf(after.getModel());
		return new EmfCommand(AddCommand.create(EditingDomains.of(map()), map(),
				CjmPackage.Literals.JOURNEY_MAP__STAGES, stage, index));
	}

	/**
	 * The flow is the stage columns only: the persona band is the map's first child but not part of the row, so
	 * GEF's index (into the map's children) is worked out from the columns and shifted past the band.
	 */
	@Override
	protected int getFeedbackIndexFor(Request request) {
		List<EditPart> stages = stageParts();
		if (stages.isEmpty()) {
			return -1;
		}
		Point location = request instanceof DropRequest drop && drop.getLocation() != null ? drop.getLocation()
				: null;
		if (location == null) {
			return -1;
		}
		for (EditPart stage : stages) {
			Rectangle bounds = ((GraphicalEditPart) stage).getFigure().getBounds().getCopy();
			((GraphicalEditPart) stage).getFigure().translateToAbsolute(bounds);
			if (location.x < bounds.getCenter().x) {
				return getHost().getChildren().indexOf(stage);
			}
		}
		return -1;
	}

	private List<EditPart> stageParts() {
		List<EditPart> stages = new ArrayList<>();
		for (Object child : getHost().getChildren()) {
			if (((EditPart) child).getModel() instanceof Stage) {
				stages.add((EditPart) child);
			}
		}
		return stages;
	}

	@Override
	protected Command createAddCommand(EditPart child, EditPart after) {
		return null; // only stages live in the map's flow, and they never come from elsewhere
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		NonResizableEditPolicy policy = new NonResizableEditPolicy();
		policy.setDragAllowed(child.getModel() instanceof Stage); // the persona band is selectable, not movable
		return policy;
	}
}
