package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.Touchpoint;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;

/**
 * A touchpoint: its channel, online or offline (by colour and word), and the department that owns it; an observed
 * one (of an actual journey, e.g. imported from CJML) also says how it went and whether it is a deviation.
 */
final class TouchpointEditPart extends CardEditPart<Touchpoint> {

	@Override
	protected EAttribute nameAttribute() {
		return CjmPackage.Literals.TOUCHPOINT__NAME;
	}

	@Override
	protected String detail(Touchpoint touchpoint) {
		String channel = touchpoint.getChannel() == null ? "no channel" : touchpoint.getChannel().getName();
		String observed = touchpoint.getCompliance() == Compliance.PLANNED ? null
				: "observed: " + words(touchpoint.getCompliance());
		return join(channel, touchpoint.isOnline() ? "online" : "offline", touchpoint.getDepartment(), observed,
				touchpoint.isDeviation() ? "deviation" : null);
	}

	@Override
	protected Color accent(Touchpoint touchpoint) {
		return touchpoint.isOnline() ? DiagramColors.TOUCHPOINT_ONLINE : DiagramColors.TOUCHPOINT_OFFLINE;
	}
}
