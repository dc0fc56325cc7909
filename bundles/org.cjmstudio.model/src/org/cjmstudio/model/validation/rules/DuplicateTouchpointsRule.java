package org.cjmstudio.model.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * Two touchpoints with the same name and channel serving the same step are one touchpoint drawn twice: their
 * emotions and barriers get split between the copies. Checked once per map, so each step is looked at once.
 */
public final class DuplicateTouchpointsRule implements ValidationRule<JourneyMap> {

	@Override
	public String id() {
		return "step.duplicate-touchpoints";
	}

	@Override
	public Class<JourneyMap> appliesTo() {
		return JourneyMap.class;
	}

	@Override
	public void check(JourneyMap map, Findings findings) {
		Map<Step, Map<String, List<Touchpoint>>> touchpointsByStep = new LinkedHashMap<>();
		for (Stage stage : map.getStages()) {
			for (Touchpoint touchpoint : stage.getTouchpoints()) {
				for (Step step : touchpoint.getServes()) {
					touchpointsByStep.computeIfAbsent(step, key -> new LinkedHashMap<>())
							.computeIfAbsent(identity(touchpoint), key -> new ArrayList<>()).add(touchpoint);
				}
			}
		}
		touchpointsByStep.forEach((step, byIdentity) -> byIdentity.values().stream()
				.filter(same -> same.size() > 1)
				.forEach(same -> findings.warning(step, ElementLabels.describeWithStage(step) + " is served "
						+ same.size() + " times by " + ElementLabels.describe(same.get(0))
						+ " (same channel). Merge the duplicates.")));
	}

	private static String identity(Touchpoint touchpoint) {
		String name = touchpoint.getName() == null ? "" : touchpoint.getName().strip().toLowerCase(Locale.ROOT);
		String channel = touchpoint.getChannel() == null ? "" : touchpoint.getChannel().getId();
		return name + "\u0000" + channel;
	}
}
