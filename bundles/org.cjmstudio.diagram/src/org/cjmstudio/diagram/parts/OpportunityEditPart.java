package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Opportunity;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;

/** An opportunity: the change the business will make, with its status and owner. */
final class OpportunityEditPart extends CardEditPart<Opportunity> {

	@Override
	protected EAttribute nameAttribute() {
		return CjmPackage.Literals.OPPORTUNITY__TITLE;
	}

	@Override
	protected String detail(Opportunity opportunity) {
		return join(words(opportunity.getStatus()), opportunity.getOwner());
	}

	@Override
	protected Color accent(Opportunity opportunity) {
		return DiagramColors.OPPORTUNITY;
	}
}
