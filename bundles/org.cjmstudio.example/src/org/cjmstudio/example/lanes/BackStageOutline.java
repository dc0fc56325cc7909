package org.cjmstudio.example.lanes;

import org.cjmstudio.diagram.lanes.LaneCardFigure;
import org.cjmstudio.example.blueprint.EmployeeAction;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * A back-stage action is drawn with a dashed outline, as service blueprints draw what lies behind the line of
 * visibility: the team sees at a glance what the customer never sees. Front-stage actions keep the plain card.
 */
public final class BackStageOutline implements LaneCardFigure {

	/** The lane's accent (plugin.xml), so the outline reads as part of the lane. */
	private static final Color PURPLE = new Color(0x7b, 0x5e, 0xa7);

	@Override
	public void paint(EObject card, Graphics graphics, Rectangle bounds) {
		if (((EmployeeAction) card).isBackStage()) {
			graphics.setForegroundColor(PURPLE);
			graphics.setLineStyle(SWT.LINE_DASH);
			graphics.setLineWidth(2);
			graphics.drawRoundRectangle(bounds.getCopy().shrink(2, 2), 8, 8);
		}
	}
}
