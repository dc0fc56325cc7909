package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

/** Creates the edit part for each element of a journey map: one edit part class per model class. */
public final class MapEditPartFactory implements EditPartFactory {

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		EditPart part = partFor(model);
		// GEF creates parts without their model; every part needs it before it is used.
		part.setModel(model);
		return part;
	}

	private static EditPart partFor(Object model) {
		if (model instanceof JourneyMap) {
			return new JourneyMapEditPart();
		}
		if (model instanceof PersonaBand) {
			return new PersonaBandEditPart();
		}
		if (model instanceof Persona) {
			return new PersonaEditPart();
		}
		if (model instanceof Stage) {
			return new StageEditPart();
		}
		if (model instanceof Step) {
			return new StepEditPart();
		}
		if (model instanceof Touchpoint) {
			return new TouchpointEditPart();
		}
		if (model instanceof Emotion) {
			return new EmotionEditPart();
		}
		if (model instanceof Barrier) {
			return new BarrierEditPart();
		}
		if (model instanceof Opportunity) {
			return new OpportunityEditPart();
		}
		if (model instanceof Metric) {
			return new MetricEditPart();
		}
		if (model instanceof Card card && Lane.find(card).isPresent()) {
			return new LaneCardEditPart();
		}
		throw new IllegalArgumentException("No edit part for " + model);
	}
}
