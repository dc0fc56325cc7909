package org.cjmstudio.model.tests;

import org.cjmstudio.model.Stage;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * A rule with a bug: on a stage named "Throw" it throws, as buggy code does.
 */
public final class ThrowingRule implements ValidationRule<Stage> {

	@Override
	public String id() {
		return "tests.throws";
	}

	@Override
	public Class<Stage> appliesTo() {
		return Stage.class;
	}

	@Override
	public void check(Stage stage, Findings findings) {
		if ("Throw".equals(stage.getName())) {
			throw new IllegalStateException("bug in the rule");
		}
	}
}
