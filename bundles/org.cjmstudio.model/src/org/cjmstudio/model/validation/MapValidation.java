package org.cjmstudio.model.validation;

import org.cjmstudio.model.CjmPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates a whole map (or any element and what it contains) against a set of rules. It uses its own validator
 * registry rather than EMF's global one, so two rule sets (e.g. the workbench's and a test's) never interfere.
 */
public final class MapValidation {

	private final Diagnostician diagnostician;

	public MapValidation(ValidationRules rules) {
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

	/** Checks {@code root} and everything it contains; the children of the result are the individual problems. */
	public Diagnostic validate(EObject root) {
		return diagnostician.validate(root);
	}
}
