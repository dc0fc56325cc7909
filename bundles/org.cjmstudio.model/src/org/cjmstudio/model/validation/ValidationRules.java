package org.cjmstudio.model.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.contributions.SwitchedOff;

import org.cjmstudio.model.validation.rules.AgeRangeRule;
import org.cjmstudio.model.validation.rules.AssumedBarrierRule;
import org.cjmstudio.model.validation.rules.AssumedEmotionRule;
import org.cjmstudio.model.validation.rules.DuplicateTouchpointsRule;
import org.cjmstudio.model.validation.rules.FeelingValenceMismatchRule;
import org.cjmstudio.model.validation.rules.MapWithoutPersonaRule;
import org.cjmstudio.model.validation.rules.MapWithoutStageRule;
import org.cjmstudio.model.validation.rules.MapWithoutTitleRule;
import org.cjmstudio.model.validation.rules.OpportunityWithoutBarrierRule;
import org.cjmstudio.model.validation.rules.OpportunityWithoutMetricRule;
import org.cjmstudio.model.validation.rules.PersonaWithoutDataSourceRule;
import org.cjmstudio.model.validation.rules.StageWithoutTouchpointRule;
import org.cjmstudio.model.validation.rules.ThinStudyRule;
import org.cjmstudio.model.validation.rules.UnnamedElementRule;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * The rules a map is checked against. {@link #installed()} holds those contributed through the extension point
 * {@code org.cjmstudio.model.validationRules}, {@link #standard()} CJM Studio's own; code may add more with
 * {@link #register(ValidationRule)}. Thread-safe: validation may run in
 * a background job while the workbench registers rules.
 * <p>
 * A rule that throws, or spends more than {@link #BUDGET_MILLIS} (and its per-element allowance) on one map, is
 * switched off for the session (see {@link SwitchedOff}): logged with its plugin's name, the user told once, the
 * map's other findings still reported.
 */
public final class ValidationRules {

	/**
	 * How long one rule may take on one map, all its calls together, plus 50 µs per element it checked (so big maps
	 * and busy machines do not switch fast rules off); one call may never take longer than this.
	 */
	public static final long BUDGET_MILLIS = 200;
	static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);

	private static final String BUILT_IN = "org.cjmstudio.model";

	private final List<ValidationRule<?>> rules = new CopyOnWriteArrayList<>();
	private final Map<String, String> pluginOf = new ConcurrentHashMap<>();

	/**
	 * The rules installed in this workbench or command line: those contributed to the extension point
	 * {@code org.cjmstudio.model.validationRules}, CJM Studio's own and every plugin's. Without an extension
	 * registry (a plain Java program) these are the {@link #standard()} rules.
	 */
	public static ValidationRules installed() {
		try {
			ValidationRules contributed = ContributedRules.read();
			return contributed != null ? contributed : standard();
		} catch (NoClassDefFoundError noRegistry) {
			// the registry's bundle is optional: a program without it validates with the built-in rules
			return standard();
		}
	}

	/** A registry with the built-in rules (the ones this bundle contributes in its plugin.xml). */
	public static ValidationRules standard() {
		ValidationRules standard = new ValidationRules();
		standard.register(new MapWithoutTitleRule());
		standard.register(new MapWithoutStageRule());
		standard.register(new MapWithoutPersonaRule());
		standard.register(new UnnamedElementRule());
		standard.register(new AgeRangeRule());
		standard.register(new PersonaWithoutDataSourceRule());
		standard.register(new StageWithoutTouchpointRule());
		standard.register(new DuplicateTouchpointsRule());
		standard.register(new AssumedEmotionRule());
		standard.register(new FeelingValenceMismatchRule());
		standard.register(new AssumedBarrierRule());
		standard.register(new OpportunityWithoutBarrierRule());
		standard.register(new OpportunityWithoutMetricRule());
		standard.register(new ThinStudyRule());
		return standard;
	}

	public void register(ValidationRule<?> rule) {
		register(rule, rule.getClass().getName().startsWith(BUILT_IN + ".") ? BUILT_IN
				: "code:" + rule.getClass().getName());
	}

	/** Registers a rule a plugin contributed; {@code plugin} (its bundle symbolic name) is named if the rule fails. */
	void register(ValidationRule<?> rule, String plugin) {
		if (rules.stream().anyMatch(existing -> existing.id().equals(rule.id()))) {
			throw new IllegalArgumentException("A validation rule with id '" + rule.id() + "' is already registered");
		}
		pluginOf.put(rule.id(), plugin);
		rules.add(rule);
	}

	public boolean unregister(String ruleId) {
		pluginOf.remove(ruleId);
		return rules.removeIf(rule -> rule.id().equals(ruleId));
	}

	/** True unless the rule failed or overran its budget in this session. */
	public boolean isUsable(ValidationRule<?> rule) {
		return !SwitchedOff.isOff(key(rule));
	}

	public List<ValidationRule<?>> all() {
		return List.copyOf(rules);
	}

	/**
	 * Runs every usable rule that applies to {@code element}, timing each on {@code clock}; returns false if any
	 * reported an error. A rule that throws or goes over its budget is switched off and its findings on this element
	 * are still kept: they are true, the rule only cannot be trusted to finish.
	 */
	boolean check(EObject element, DiagnosticChain diagnostics, RuleClock clock) {
		boolean valid = true;
		for (ValidationRule<?> rule : rules) {
			if (clock.isAbandoned()) {
				return valid;
			}
			if (!rule.appliesTo().isInstance(element) || !isUsable(rule)) {
				continue;
			}
			clock.started(rule);
			try {
				valid &= check(rule, element, diagnostics);
			} catch (RuntimeException | LinkageError | StackOverflowError | AssertionError bug) {
				clock.finished(rule);
				switchOff(rule, bug);
				continue;
			}
			long spent = clock.finished(rule);
			if (clock.overBudget(rule, BUDGET_NANOS) && !clock.isAbandoned()) {
				switchOff(rule, new RuleOverBudgetException(TimeUnit.NANOSECONDS.toMillis(spent), element));
			}
		}
		return valid;
	}

	/** Switches the rule off for the session, logs it with its plugin's name and tells the user once. */
	PluginFailedException switchOff(ValidationRule<?> rule, Throwable why) {
		return SwitchedOff.switchOffAndTell(key(rule), plugin(rule), "the validation rule '" + rule.id() + "'", why);
	}

	private String plugin(ValidationRule<?> rule) {
		return pluginOf.getOrDefault(rule.id(), "code:" + rule.getClass().getName());
	}

	private String key(ValidationRule<?> rule) {
		return SwitchedOff.key(plugin(rule), ContributedRules.EXTENSION_POINT, rule.id());
	}

	private static <T extends EObject> boolean check(ValidationRule<T> rule, EObject element,
			DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, rule.id());
		rule.check(rule.appliesTo().cast(element), findings);
		return !findings.anyError();
	}
}
