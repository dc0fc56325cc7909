package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.lanes.InstalledLanes;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.Card;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

/**
 * A card of a lane a plugin adds (org.cjmstudio.diagram.lanes), e.g. an employee action of a service blueprint:
 * titled by its name, detailed as its lane says, with the lane's accent colour and the lane's own mark drawn over it.
 * The card type was checked to have a name when the lane was installed.
 */
final class LaneCardEditPart extends CardEditPart<Card> {

	private Lane lane() {
		return Lane.of(getModel());
	}

	@Override
	protected IFigure createFigure() {
		CardFigure card = (CardFigure) super.createFigure();
		Lane lane = lane();
		if (lane.figure() != null) {
			card.setOverlay((graphics, bounds) -> {
				if (!InstalledLanes.paintFigure(lane, getModel(), graphics, bounds)) {
					redrawWithoutTheFigure();
				}
			});
		}
		return card;
	}

	/** The cards painted before the figure failed still show its mark: draw the whole map again, plain. */
	private void redrawWithoutTheFigure() {
		Control control = getViewer() == null ? null : getViewer().getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					control.redraw();
				}
			});
		}
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
