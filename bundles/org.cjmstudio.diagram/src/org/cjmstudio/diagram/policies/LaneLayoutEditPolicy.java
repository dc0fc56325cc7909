package org.cjmstudio.diagram.policies;

import org.cjmstudio.diagram.commands.CardCommands;
import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Stage;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.editpolicies.ConstrainedLayoutEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;

/**
 * Decides what may be dropped into which lane of a stage column: a new card from the palette into the lane of its
 * kind, or a card dragged from another stage into the same lane here. Anything else is refused (no command), which
 * GEF shows with the "not allowed" cursor.
 */
public final class LaneLayoutEditPolicy extends ConstrainedLayoutEditPolicy {

	private Stage stage() {
		return (Stage) getHost().getModel();
	}

	private StageColumnFigure column() {
		return (StageColumnFigure) getHostFigure();
	}

	@Override
	protected Object getConstraintFor(Point point) {
		return column().laneAt(point.getTranslated(getLayoutOrigin()));
	}

	@Override
	protected Object getConstraintFor(Rectangle rectangle) {
		return getConstraintFor(rectangle.getTop());
	}

	@Override
	protected org.eclipse.gef.commands.Command getCreateCommand(CreateRequest request) {
		Object lane = getConstraintFor(request);
		if (!(request.getNewObject() instanceof EObject card) || !(lane instanceof Lane target) || !target.holds(card)) {
			return null;
		}
		return wrap(CardCommands.create(EditingDomains.of(stage()), stage(), card));
	}

	@Override
	protected org.eclipse.gef.commands.Command createAddCommand(EditPart child, Object constraint) {
		if (!(child.getModel() instanceof EObject card) || !(constraint instanceof Lane lane) || !lane.holds(card)) {
			return null;
		}
		return wrap(CardCommands.moveToStage(EditingDomains.of(stage()), card, stage()));
	}

	@Override
	protected org.eclipse.gef.commands.Command createChangeConstraintCommand(EditPart child, Object constraint) {
		// Within its own stage a card's place follows the model order; there is nothing to change by dragging.
		return null;
	}

	/**
	 * Stages are reordered by the map, not dropped into a lane: a dragged stage column (or a new stage from the
	 * palette) over this column is handed to the map's edit part, which works out the new position.
	 */
	@Override
	public EditPart getTargetEditPart(Request request) {
		if (isAboutStages(request)) {
			return getHost().getParent().getTargetEditPart(request);
		}
		return super.getTargetEditPart(request);
	}

	@Override
	public org.eclipse.gef.commands.Command getCommand(Request request) {
		return isAboutStages(request) ? null : super.getCommand(request);
	}

	private static boolean isAboutStages(Request request) {
		if (request instanceof CreateRequest create) {
			return create.getNewObjectType() == CjmPackage.Literals.STAGE || create.getNewObject() instanceof Stage;
		}
		return request instanceof ChangeBoundsRequest move && move.getEditParts() != null
				&& move.getEditParts().stream().anyMatch(part -> ((EditPart) part).getModel() instanceof Stage);
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		return new NonResizableEditPolicy();
	}

	private static org.eclipse.gef.commands.Command wrap(Command command) {
		return command == null ? null : new EmfCommand(command);
	}
}
