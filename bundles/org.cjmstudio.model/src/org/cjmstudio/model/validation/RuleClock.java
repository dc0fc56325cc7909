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

	/**
	 * What a rule may spend per element it checks, on top of its budget: without it a fast rule (a few microseconds
	 * per element) went over 200 ms on a map of 100,000 elements, or on a busy machine, and was switched off.
	 */
	static final long ALLOWANCE_PER_CALL_NANOS = 50_000;

	private final Map<String, Long> spent = new HashMap<>();
	private final Map<String, Integer> calls = new HashMap<>();
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
		calls.merge(rule.id(), 1, Integer::sum);
		return spent.merge(rule.id(), took, Long::sum);
	}

	/** Whether the rule's calls on this map add up to more than {@code budgetNanos} and its per-element allowance. */
	boolean overBudget(ValidationRule<?> rule, long budgetNanos) {
		return spent.getOrDefault(rule.id(), 0L) > budgetNanos
				+ calls.getOrDefault(rule.id(), 0) * ALLOWANCE_PER_CALL_NANOS;
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
