package org.cjmstudio.model.tests;

import org.cjmstudio.model.Stage;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * A slow rule: each call returns, but 90 ms for every stage whose name starts with "Slow" add up past the
 * budget on a map with three such stages.
 */
public final class SlowRule implements ValidationRule<Stage> {

	@Override
	public String id() {
		return "tests.slow";
	}

	@Override
	public Class<Stage> appliesTo() {
		return Stage.class;
	}

	@Override
	public void check(Stage stage, Findings findings) {
		if (stage.getName() != null && stage.getName().startsWith("Slow")) {
			try {
				Thread.sleep(90);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
