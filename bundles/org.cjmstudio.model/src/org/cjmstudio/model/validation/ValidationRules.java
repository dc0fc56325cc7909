package org.cjmstudio.model.validation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
 */
public final class ValidationRules {

	private final List<ValidationRule<?>> rules = new CopyOnWriteArrayList<>();

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
		if (rules.stream().anyMatch(existing -> existing.id().equals(rule.id()))) {
			throw new IllegalArgumentException("A validation rule with id '" + rule.id() + "' is already registered");
		}
		rules.add(rule);
	}

	public boolean unregister(String ruleId) {
		return rules.removeIf(rule -> rule.id().equals(ruleId));
	}

	public List<ValidationRule<?>> all() {
		return List.copyOf(rules);
	}

	/** Runs every rule that applies to {@code element}; returns false if any reported an error. */
	boolean check(EObject element, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (ValidationRule<?> rule : rules) {
			if (rule.appliesTo().isInstance(element)) {
				valid &= check(rule, element, diagnostics);
			}
		}
		return valid;
	}

	private static <T extends EObject> boolean check(ValidationRule<T> rule, EObject element,
			DiagnosticChain diagnostics) {
		Findings findings = new Findings(diagnostics, rule.id());
		rule.check(rule.appliesTo().cast(element), findings);
		return !findings.anyError();
	}
}
