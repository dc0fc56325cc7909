package org.cjmstudio.model.validation;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cjmstudio.model.CjmPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates a whole map (or any element and what it contains) against a set of rules. It uses its own validator
 * registry rather than EMF's global one, so two rule sets (e.g. the workbench's and a test's) never interfere.
 * <p>
 * The rules run on a validation thread while the caller waits: a plugin's rule that never returns (an endless loop)
 * would otherwise hang the editor for good. When one call of a rule runs past the rule's budget, the caller switches
 * the rule off, gives up on that thread and validates the map again without it. Java cannot stop a thread, so the
 * abandoned one is interrupted and left to end by itself (a daemon thread, it never keeps the program alive); the
 * rules only read the map, so the map stays intact and editable.
 */
public final class MapValidation {

	/** How often the waiting caller looks whether a rule is stuck. */
	private static final long POLL_MILLIS = 20;

	private static final ExecutorService VALIDATORS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "CJM Studio validation");
		thread.setDaemon(true);
		return thread;
	});

	private final ValidationRules rules;
	private final Diagnostician diagnostician;

	public MapValidation(ValidationRules rules) {
		this.rules = rules;
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(CjmPackage.eINSTANCE, new JourneyMapValidator(rules));
		diagnostician = new Diagnostician(registry);
	}

	/** Validation with the installed rules: CJM Studio's and every plugin's ({@link ValidationRules#installed()}). */
	public static MapValidation installed() {
		return new MapValidation(ValidationRules.installed());
	}

	/** Validation with the built-in rules. */
	public static MapValidation standard() {
		return new MapValidation(ValidationRules.standard());
	}

	/**
	 * Checks {@code root} and everything it contains; the children of the result are the individual problems. A rule
	 * that throws or overruns its budget is switched off (see {@link ValidationRules}) and left out of the result.
	 * If the calling thread is interrupted while it waits, the result is {@link Diagnostic#CANCEL_INSTANCE}.
	 */
	public Diagnostic validate(EObject root) {
		while (true) {
			RuleClock clock = new RuleClock();
			Future<Diagnostic> run = VALIDATORS.submit(() -> diagnostician.validate(root, Map.of(RuleClock.class, clock)));
			try {
				Diagnostic result = await(run, clock, root);
				if (result != null) {
					return result;
				}
				// a rule was stuck and is switched off now: validate again without it
			} catch (InterruptedException cancelled) {
				clock.abandon();
				run.cancel(true);
				Thread.currentThread().interrupt();
				return Diagnostic.CANCEL_INSTANCE;
			}
		}
	}

	/** The run's result, or null if a rule got stuck in it (then switched off and the run abandoned). */
	private Diagnostic await(Future<Diagnostic> run, RuleClock clock, EObject root) throws InterruptedException {
		while (true) {
			try {
				return run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException stillRunning) {
				ValidationRule<?> stuck = clock.overrunning(ValidationRules.BUDGET_NANOS);
				if (stuck != null) {
					// switched off before the stuck call is interrupted: once interrupted it may return and be
					// reported by the validating thread as merely slow, which would tell the user the wrong reason
					rules.switchOff(stuck, new RuleOverBudgetException(root));
					clock.abandon();
					run.cancel(true);
					return null;
				}
			} catch (ExecutionException failed) {
				// not a rule's failure (those are caught where they run): the metamodel's own checks failed
				if (failed.getCause() instanceof RuntimeException unchecked) {
					throw unchecked;
				}
				if (failed.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(failed.getCause());
			}
		}
	}
}
