package org.cjmstudio.model.validation;

import java.util.Map;

import org.cjmstudio.model.util.CjmValidator;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * The map's EMF validator: first the checks generated from the metamodel (multiplicities, value ranges such as the
 * −3…+3 valence), then the CX rules of a {@link ValidationRules} registry.
 */
public final class JourneyMapValidator implements EValidator {

	private final ValidationRules rules;

	public JourneyMapValidator(ValidationRules rules) {
		this.rules = rules;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean generatedChecksPass = CjmValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
		boolean rulesPass = rules.check(eObject, diagnostics, clock(context));
		return generatedChecksPass && rulesPass;
	}

	/** The validation's clock, which {@link MapValidation} puts in the context; a fresh one for other callers. */
	private static RuleClock clock(Map<Object, Object> context) {
		if (context == null) {
			return new RuleClock();
		}
		return (RuleClock) context.computeIfAbsent(RuleClock.class, key -> new RuleClock());
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return CjmValidator.INSTANCE.validate(eDataType, value, diagnostics, context);
	}
}
