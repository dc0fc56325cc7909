package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.evidence.CiteEvidencePolicy;
import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.policies.ElementDeletePolicy;
import org.cjmstudio.model.Emotion;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * A point of a persona's emotion curve. Its valence follows a drag up or down; feeling, persona, state and note are
 * edited in the Properties view.
 */
final class EmotionEditPart extends AbstractGraphicalEditPart {

	@Override
	public Emotion getModel() {
		return (Emotion) super.getModel();
	}

	EmotionMarkerFigure marker() {
		return (EmotionMarkerFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new EmotionMarkerFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementDeletePolicy());
		installEditPolicy(CiteEvidencePolicy.ROLE, new CiteEvidencePolicy());
	}

	@Override
	protected void refreshVisuals() {
		Emotion emotion = getModel();
		marker().setCurve(EmotionCurves.of(emotion));
		marker().setSlot(emotion.getStep());
		marker().setEmotion(emotion.getValence(), EmotionCurves.describe(emotion));
		marker().setWarnings(ProblemAware.messagesFor(this));
		EvidenceBadges.show(emotion, marker()::setEvidence);
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), Lane.EMOTIONS);
		if (getFigure().getParent() != null) {
			getFigure().getParent().revalidate(); // a new valence, step or curve moves the marker and redraws the curves
		}
	}
}
