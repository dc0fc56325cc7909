package org.cjmstudio.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One check a CX lead wants of a map, such as "every barrier rests on evidence". Rules are small, stateless and
 * registered in {@link ValidationRules}; plugins will contribute their own through an extension point.
 *
 * @param <T> the kind of element the rule looks at
 */
public interface ValidationRule<T extends EObject> {

	/** A stable identifier, e.g. {@code barrier.no-evidence}: shown with problems and used to switch a rule off. */
	String id();

	/** The elements this rule checks; it is called for every element of this type in a map. */
	Class<T> appliesTo();

	/** Reports what is wrong with {@code element}, if anything, to {@code findings}. */
	void check(T element, Findings findings);
}
