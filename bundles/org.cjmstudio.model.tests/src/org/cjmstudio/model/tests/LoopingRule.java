package org.cjmstudio.model.tests;

import org.cjmstudio.model.Stage;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * A rule with a bug: on a stage named "Loop" it never returns. It ends when interrupted, so the abandoned
 * validation thread stops once the test has seen it detected.
 */
public final class LoopingRule implements ValidationRule<Stage> {

	@Override
	public String id() {
		return "tests.loops";
	}

	@Override
	public Class<Stage> appliesTo() {
		return Stage.class;
	}

	@Override
	public void check(Stage stage, Findings findings) {
		while ("Loop".equals(stage.getName()) && !Thread.currentThread().isInterrupted()) {
			Thread.onSpinWait();
		}
	}
}
