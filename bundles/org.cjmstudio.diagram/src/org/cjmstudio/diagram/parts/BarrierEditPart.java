package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.evidence.CiteEvidencePolicy;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;

/** A barrier: coloured by severity, with its kind and how many customers drop off there. */
final class BarrierEditPart extends CardEditPart<Barrier> {

	@Override
	protected void createEditPolicies() {
		super.createEditPolicies();
		installEditPolicy(CiteEvidencePolicy.ROLE, new CiteEvidencePolicy());
	}

	@Override
	protected void refreshVisuals() {
		super.refreshVisuals();
		EvidenceBadges.show(getModel(), card()::setEvidence);
	}

	@Override
	protected EAttribute nameAttribute() {
		return CjmPackage.Literals.BARRIER__NAME;
	}

	@Override
	protected String detail(Barrier barrier) {
		String dropOff = barrier.getDropOffRate() == null ? null
				: String.format("%.0f %% drop off", barrier.getDropOffRate());
		return join(words(barrier.getSeverity()), words(barrier.getKind()), dropOff);
	}

	@Override
	protected Color accent(Barrier barrier) {
		return DiagramColors.severity(barrier.getSeverity());
	}
}
