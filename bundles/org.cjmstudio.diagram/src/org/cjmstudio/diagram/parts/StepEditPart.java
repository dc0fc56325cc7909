package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Step;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;

/** A step: what the customer does, with what they think and ask as detail. */
final class StepEditPart extends CardEditPart<Step> {

	@Override
	protected EAttribute nameAttribute() {
		return CjmPackage.Literals.STEP__NAME;
	}

	@Override
	protected String detail(Step step) {
		return join(step.getThinks() == null ? null : "thinks: " + step.getThinks(),
				step.getAsks() == null ? null : "asks: " + step.getAsks());
	}

	@Override
	protected Color accent(Step step) {
		return DiagramColors.STEP;
	}
}
