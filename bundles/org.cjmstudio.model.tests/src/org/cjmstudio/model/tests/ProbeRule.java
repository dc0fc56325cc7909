package org.cjmstudio.model.tests;

import org.cjmstudio.model.Stage;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A rule as a plugin writes one, contributed by this test bundle's plugin.xml: a stage still named "draft". */
public final class ProbeRule implements ValidationRule<Stage> {

	@Override
	public String id() {
		return "tests.untitled-stage-draft";
	}

	@Override
	public Class<Stage> appliesTo() {
		return Stage.class;
	}

	@Override
	public void check(Stage stage, Findings findings) {
		if (stage.getName() != null && stage.getName().toLowerCase().contains("draft")) {
			findings.warning(stage, "Stage '" + stage.getName() + "' is still a draft.");
		}
	}
}
