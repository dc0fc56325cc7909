package org.cjmstudio.diagram.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.policies.ElementDeletePolicy;
import org.cjmstudio.diagram.policies.LaneLayoutEditPolicy;
import org.cjmstudio.diagram.policies.NameDirectEditPolicy;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * A stage column. Its children are the cards shown in it: the stage's own steps, touchpoints, emotions (in the order
 * of the steps they are felt at) and barriers, the map's opportunities and metrics placed in this stage, and the
 * cards of the lanes plugins add (org.cjmstudio.diagram.lanes).
 */
final class StageEditPart extends AbstractGraphicalEditPart {

	@Override
	public Stage getModel() {
		return (Stage) super.getModel();
	}

	StageColumnFigure column() {
		return (StageColumnFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new StageColumnFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new LaneLayoutEditPolicy());
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementDeletePolicy());
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameDirectEditPolicy(CjmPackage.Literals.STAGE__NAME));
	}

	@Override
	protected List<Object> getModelChildren() {
		Stage stage = getModel();
		List<Object> cards = new ArrayList<>();
		cards.addAll(stage.getSteps());
		cards.addAll(stage.getTouchpoints());
		cards.addAll(emotionsInStepOrder(stage));
		cards.addAll(stage.getBarriers());
		JourneyMap map = (JourneyMap) stage.eContainer();
		if (map != null) {
			map.getOpportunities().stream().filter(opportunity -> opportunity.getStage() == stage).forEach(cards::add);
			map.getMetrics().stream().filter(metric -> metric.getStage() == stage).forEach(cards::add);
		}
		// Cards of plugin lanes, in lane order; a card whose lane is not installed stays in the map, unshown.
		for (Lane lane : Lane.values()) {
			if (!lane.isBuiltIn()) {
				stage.getLaneCards().stream().filter(card -> Lane.find(card).orElse(null) == lane).forEach(cards::add);
			}
		}
		return cards;
	}

	/** The curve must run through the journey in the customer's order, not the order emotions were added. */
	private static List<Emotion> emotionsInStepOrder(Stage stage) {
		List<Emotion> emotions = new ArrayList<>(stage.getEmotions());
		emotions.sort(Comparator.comparingInt(emotion -> {
			int index = emotion.getStep() == null ? -1 : stage.getSteps().indexOf(emotion.getStep());
			return index < 0 ? Integer.MAX_VALUE : index;
		}));
		return emotions;
	}

	@Override
	protected void refreshVisuals() {
		Stage stage = getModel();
		column().setStage(stage.getName(), PhaseLabels.of(stage.getPhase()), DiagramColors.phase(stage.getPhase()));
		column().setEvidenceSummary(EvidenceSummary.of(stage));
		column().setWarnings(ProblemAware.messagesFor(this));
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
				|| RequestConstants.REQ_OPEN.equals(request.getType())) {
			new NameEditManager(this, CjmPackage.Literals.STAGE__NAME, column()::nameBounds).show();
		}
	}
}
