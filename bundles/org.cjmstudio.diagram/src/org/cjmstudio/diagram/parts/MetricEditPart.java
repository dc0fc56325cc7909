package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Metric;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.graphics.Color;

/** A metric: its current value against its target. */
final class MetricEditPart extends CardEditPart<Metric> {

	@Override
	protected EAttribute nameAttribute() {
		return CjmPackage.Literals.METRIC__NAME;
	}

	@Override
	protected String detail(Metric metric) {
		String unit = metric.getUnit() == null ? "" : " " + metric.getUnit();
		String value = metric.getValue() == null ? null : "now " + format(metric.getValue()) + unit;
		String target = metric.getTarget() == null ? null : "target " + format(metric.getTarget()) + unit;
		return join(words(metric.getKind()), value, target);
	}

	@Override
	protected Color accent(Metric metric) {
		return DiagramColors.METRIC;
	}

	private static String format(double number) {
		return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
	}
}
