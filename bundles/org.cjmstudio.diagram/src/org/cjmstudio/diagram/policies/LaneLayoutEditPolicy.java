package org.cjmstudio.diagram.policies;

import org.cjmstudio.diagram.commands.CardCommands;
import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.cjmstudio.model.emotions.Feelings;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.editpolicies.ConstrainedLayoutEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;

/**
 * Decides what may be dropped into which lane of a stage column: a new card from the palette into the lane of its
 * kind, or a card dragged from another stage into the same lane here. The lane is the one under the pointer (not
 * under the dragged card's top edge, which made drops of tall cards fail). In the emotion lane the drop height is
 * the valence: a new point is created there, a dragged one moves there. Anything else is refused with GEF's "not
 * allowed" cursor and a status line message that says why.
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
		Point inColumn = point.getTranslated(getLayoutOrigin());
		Lane lane = column().laneAt(inColumn);
		if (lane == null) {
			return null;
		}
		return new LanePlace(lane, lane == Lane.EMOTIONS ? column().valenceAt(inColumn) : null);
	}

	@Override
	protected Object getConstraintFor(Rectangle rectangle) {
		return getConstraintFor(rectangle.getTop());
	}

	/**
	 * Where the pointer is, as a user aims: GEF's default takes the lane of the moved figure's top edge, so a tall
	 * card grabbed by its lower half landed in the lane above the pointer, or nowhere.
	 */
	private Object pointerPlace(ChangeBoundsRequest request) {
		if (request.getLocation() == null) {
			return null;
		}
		Point pointer = request.getLocation().getCopy();
		getLayoutContainer().translateToRelative(pointer);
		getLayoutContainer().translateFromParent(pointer);
		pointer.translate(getLayoutOrigin().getNegated()); // as GEF hands points to getConstraintFor(Point)
		return getConstraintFor(pointer);
	}

	/** A card dragged here from another stage. */
	@Override
	protected org.eclipse.gef.commands.Command getAddCommand(Request request) {
		return forEachDragged((ChangeBoundsRequest) request, true);
	}

	/** A card dragged within this stage. */
	@Override
	protected org.eclipse.gef.commands.Command getMoveChildrenCommand(Request request) {
		return forEachDragged((ChangeBoundsRequest) request, false);
	}

	private org.eclipse.gef.commands.Command forEachDragged(ChangeBoundsRequest request, boolean fromElsewhere) {
		Object place = pointerPlace(request);
		org.eclipse.gef.commands.CompoundCommand all = new org.eclipse.gef.commands.CompoundCommand();
		for (Object part : request.getEditParts()) {
			EditPart child = (EditPart) part;
			all.add(fromElsewhere ? createAddCommand(child, place) : createChangeConstraintCommand(child, place));
		}
		return all.isEmpty() ? null : all.unwrap();
	}

	@Override
	protected org.eclipse.gef.commands.Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof EObject card) || !(getConstraintFor(request) instanceof LanePlace place)
				|| !accepts(place, card)) {
			return null;
		}
		if (card instanceof Emotion emotion && place.valence() != null) {
			// The palette's fresh point is not in the map yet: it starts at the drop height, with a fitting feeling.
			emotion.setValence(place.valence());
			emotion.setFeeling(Feelings.typicalFor(place.valence()));
		}
		return wrap(CardCommands.create(EditingDomains.of(stage()), stage(), card));
	}

	@Override
	protected org.eclipse.gef.commands.Command createAddCommand(EditPart child, Object constraint) {
		if (!(child.getModel() instanceof EObject card) || !(constraint instanceof LanePlace place)
				|| !accepts(place, card)) {
			return null;
		}
		Command move = CardCommands.moveToStage(EditingDomains.of(stage()), card, stage());
		return wrap(withValence(move, card, place, "Move " + CommandLabels.kind(card) + " to " + stage().getName()));
	}

	/** Within its own stage only an emotion point moves: up or down, to another valence. */
	@Override
	protected org.eclipse.gef.commands.Command createChangeConstraintCommand(EditPart child, Object constraint) {
		if (!(child.getModel() instanceof Emotion emotion) || !(constraint instanceof LanePlace place)
				|| !accepts(place, emotion)) {
			return null;
		}
		return wrap(withValence(null, emotion, place, "Change Emotion Valence"));
	}

	private boolean accepts(LanePlace place, EObject card) {
		if (place.lane().holds(card)) {
			DropRefusals.clear(getHost());
			return true;
		}
		String kind = CommandLabels.kind(card);
		DropRefusals.explain(getHost(), place.lane() == Lane.EVIDENCE
				? "The Evidence lane counts the research behind the stage's cards; a " + kind.toLowerCase()
						+ " goes in the " + Lane.of(card).title() + " lane."
				: "A " + kind.toLowerCase() + " goes in the " + Lane.of(card).title() + " lane, not in "
						+ place.lane().title() + ".");
		return false;
	}

	/** {@code command} (may be null) followed by setting the emotion's valence to the drop height, if it changes. */
	private Command withValence(Command command, EObject card, LanePlace place, String label) {
		if (!(card instanceof Emotion emotion) || place.valence() == null || place.valence() == emotion.getValence()) {
			return command;
		}
		CompoundCommand both = new CompoundCommand(label);
		if (command != null) {
			both.append(command);
		}
		both.append(SetCommand.create(EditingDomains.of(stage()), emotion, CjmPackage.Literals.EMOTION__VALENCE,
				place.valence()));
		return both;
	}

	@Override
	public void eraseTargetFeedback(Request request) {
		super.eraseTargetFeedback(request);
		DropRefusals.clear(getHost());
	}

	/**
	 * Stages are reordered by the map, not dropped into a lane: a dragged stage column (or a new stage from the
	 * palette) over this column is handed to the map's edit part, which works out the new position. So is a new
	 * persona, which joins the map's personas wherever it is dropped.
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
			return create.getNewObjectType() == CjmPackage.Literals.STAGE || create.getNewObject() instanceof Stage
					|| create.getNewObjectType() == CjmPackage.Literals.PERSONA;
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
