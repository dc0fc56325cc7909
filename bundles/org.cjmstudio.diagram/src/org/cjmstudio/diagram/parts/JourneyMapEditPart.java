package org.cjmstudio.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.policies.StageOrderEditPolicy;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

/**
 * The whole map: the persona band on top of a grid whose columns are the stages. It watches the map (and everything
 * in it) while active and routes each change to the edit part of the element that changed.
 */
final class JourneyMapEditPart extends AbstractGraphicalEditPart {

	private final MapChangeDispatcher dispatcher = new MapChangeDispatcher(this);
	private final FrozenHeaders frozenHeaders = new FrozenHeaders(this);

	@Override
	public JourneyMap getModel() {
		return (JourneyMap) super.getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new JourneyGridFigure(this::emotionMarkersInJourneyOrder);
	}

	JourneyGridFigure grid() {
		return (JourneyGridFigure) getFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new StageOrderEditPolicy());
	}

	/** The persona band first, then the stages in journey order. */
	@Override
	protected List<Object> getModelChildren() {
		List<Object> children = new ArrayList<>();
		children.add(new PersonaBand(getModel()));
		children.addAll(getModel().getStages());
		return children;
	}

	/** The band has its own place in the grid; a stage column's index counts stage columns only. */
	@Override
	protected void addChildVisual(EditPart child, int index) {
		if (child instanceof PersonaBandEditPart band) {
			grid().add(band.getFigure(), null, 0);
		} else {
			super.addChildVisual(child, index - 1);
		}
	}

	@Override
	public void activate() {
		super.activate();
		getModel().eAdapters().add(dispatcher);
		frozenHeaders.attach();
	}

	@Override
	public void deactivate() {
		getModel().eAdapters().remove(dispatcher);
		frozenHeaders.detach();
		super.deactivate();
	}

	@Override
	protected void refreshVisuals() {
		grid().laneHeader().setUnplaced(Lane.OPPORTUNITIES, getModel().getOpportunities().stream()
				.filter(opportunity -> opportunity.getStage() == null).map(ElementLabels::describe).toList());
		grid().laneHeader().setUnplaced(Lane.METRICS, getModel().getMetrics().stream()
				.filter(metric -> metric.getStage() == null).map(ElementLabels::describe).toList());
		grid().curveLegend().setEntries(EmotionCurves.legend(getModel()), EmotionCurves.hasToBePoints(getModel()));
		grid().emotionCurve().repaint();
	}

	/** Refreshes every emotion point: their colours follow the personas' order, their tool tips the names. */
	void refreshEmotions() {
		for (StageEditPart stage : stageParts()) {
			for (Object child : stage.getChildren()) {
				if (child instanceof EmotionEditPart emotion) {
					emotion.refresh();
				}
			}
		}
	}

	/** Stage columns, in journey order. */
	List<StageEditPart> stageParts() {
		List<StageEditPart> stages = new ArrayList<>();
		for (Object child : getChildren()) {
			if (child instanceof StageEditPart stage) {
				stages.add(stage);
			}
		}
		return stages;
	}

	/** Refreshes every stage column: after a change that moves cards between them or alters what they count. */
	void refreshStages() {
		for (StageEditPart stage : stageParts()) {
			stage.refresh();
		}
		grid().revalidate();
		grid().emotionCurve().repaint();
	}

	/** Refreshes the persona band: after personas were added, removed or reordered. */
	void refreshPersonaBand() {
		refreshPartOf(new PersonaBand(getModel()));
		getFigure().revalidate();
	}

	/** Refreshes the part of {@code element}, if it has one. */
	void refreshPartOf(Object element) {
		Object part = getViewer().getEditPartRegistry().get(element);
		if (part instanceof EditPart editPart && editPart.isActive()) {
			editPart.refresh();
		}
	}

	private List<EmotionMarkerFigure> emotionMarkersInJourneyOrder() {
		List<EmotionMarkerFigure> markers = new ArrayList<>();
		for (StageEditPart stage : stageParts()) {
			for (Object child : stage.getChildren()) {
				if (child instanceof EmotionEditPart emotion) {
					markers.add(emotion.marker());
				}
			}
		}
		return markers;
	}
}
