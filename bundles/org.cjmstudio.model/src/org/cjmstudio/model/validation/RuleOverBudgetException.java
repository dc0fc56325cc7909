package org.cjmstudio.model.validation;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.contributions.Misbehaviour;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Why a rule was switched off though it threw nothing: it took longer than its budget on a map. */
final class RuleOverBudgetException extends Misbehaviour {

	private static final long serialVersionUID = 1L;

	RuleOverBudgetException(long millis, EObject element) {
		super(message(millis, element));
	}

	/** For a call that never returned: the thread waiting for the validation gave up on it. */
	RuleOverBudgetException(EObject root) {
		super("it did not finish within " + ValidationRules.BUDGET_MILLIS + " ms on " + mapOf(root)
				+ " (an endless loop?); the map was validated without it");
	}

	private static String message(long millis, EObject element) {
		return "it took " + millis + " ms on " + mapOf(element) + ", more than its budget of "
				+ ValidationRules.BUDGET_MILLIS + " ms and 50 µs per element; the map was validated without it";
	}

	private static String mapOf(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof JourneyMap map && map.getTitle() != null
				? "the map '" + map.getTitle() + "'"
				: "a map";
	}
}
