package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Stage;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A stage where the customer meets the business nowhere is usually a stage not yet researched. */
public final class StageWithoutTouchpointRule implements ValidationRule<Stage> {

	@Override
	public String id() {
		return "stage.no-touchpoint";
	}

	@Override
	public Class<Stage> appliesTo() {
		return Stage.class;
	}

	@Override
	public void check(Stage stage, Findings findings) {
		if (stage.getTouchpoints().isEmpty()) {
			findings.warning(stage, ElementLabels.describe(stage)
					+ " has no touchpoint. Where does the customer meet the business at this stage?");
		}
	}
}
