package org.cjmstudio.model.tests.samples;

import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Says where two maps differ, so that a failed comparison names the element and feature, not just "not equal". */
final class MapDifferences {

	private static final int MAX_VALUE_LENGTH = 160;

	private MapDifferences() {
	}

	/**
	 * The first difference {@link EcoreUtil#equals(EObject, EObject)} runs into, described for a person; null if the
	 * two are equal.
	 */
	static String firstDifference(EObject expected, EObject actual) {
		Recorder recorder = new Recorder();
		return recorder.equals(expected, actual) ? null : recorder.difference;
	}

	private static String shorten(Object value) {
		String text = value instanceof EObject element ? ElementLabels.describe(element) : String.valueOf(value);
		return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "...";
	}

	/** Remembers the innermost feature that made the comparison fail (it is the first one to fail). */
	private static final class Recorder extends EcoreUtil.EqualityHelper {

		private static final long serialVersionUID = 1L;

		private String difference;

		@Override
		protected boolean haveEqualFeature(EObject expected, EObject actual, EStructuralFeature feature) {
			boolean equal = super.haveEqualFeature(expected, actual, feature);
			if (!equal && difference == null) {
				difference = ElementLabels.describeWithStage(expected) + " at '" + DeterministicIds.pathOf(expected)
						+ "', feature '" + feature.getName() + "': expected <" + shorten(expected.eGet(feature))
						+ "> but was <" + shorten(actual.eGet(feature)) + ">";
			}
			return equal;
		}
	}
}
