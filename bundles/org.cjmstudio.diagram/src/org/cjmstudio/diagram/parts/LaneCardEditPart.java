package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.lanes.InstalledLanes;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.Card;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;

/**
 * A card of a lane a plugin adds (org.cjmstudio.diagram.lanes), e.g. an employee action of a service blueprint:
 * titled by its name, detailed as its lane says, with the lane's accent colour. The card type was checked to have a
 * name when the lane was installed.
 */
final class LaneCardEditPart extends CardEditPart<Card> {

	private Lane lane() {
		return Lane.of(getModel());
	}

	@Override
	protected EAttribute nameAttribute() {
		return InstalledLanes.nameAttribute(getModel().eClass()).orElseThrow();
	}

	@Override
	protected String detail(Card card) {
		return InstalledLanes.detail(lane(), card);
	}

	@Override
	protected Color accent(Card card) {
		return lane().accent() == null ? DiagramColors.SECONDARY_TEXT : new Color(lane().accent());
	}
}
