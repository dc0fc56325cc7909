package org.cjmstudio.model.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * The time each rule spends on one map, and the call running now, so a rule over its budget can be named: one that
 * finishes each call but adds up to more than the budget, and one that never returns (an endless loop), which the
 * thread waiting for the validation notices. One per validation of a map; the time sums are only touched by the
 * validating thread, the running call is read by the waiting one.
 */
final class RuleClock {

	private final Map<String, Long> spent = new HashMap<>();
	private volatile ValidationRule<?> running;
	private volatile long runningSince;
	/** Set when the waiting thread gave up on this validation: the validating thread then stops at the next rule. */
	private volatile boolean abandoned;

	void started(ValidationRule<?> rule) {
		runningSince = System.nanoTime();
		running = rule;
	}

	/** Ends the running call; returns the rule's total on this map, in nanoseconds. */
	long finished(ValidationRule<?> rule) {
		long took = System.nanoTime() - runningSince;
		running = null;
		return spent.merge(rule.id(), took, Long::sum);
	}

	/** The rule whose call has been running for longer than {@code budgetNanos}, or null. */
	ValidationRule<?> overrunning(long budgetNanos) {
		ValidationRule<?> rule = running;
		return rule != null && System.nanoTime() - runningSince > budgetNanos ? rule : null;
	}

	void abandon() {
		abandoned = true;
	}

	boolean isAbandoned() {
		return abandoned;
	}
}
