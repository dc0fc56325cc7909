package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A journey has at least one stage; the SHACL shapes require one too, so validation and shapes agree. */
public final class MapWithoutStageRule implements ValidationRule<JourneyMap> {

	@Override
	public String id() {
		return "map.no-stage";
	}

	@Override
	public Class<JourneyMap> appliesTo() {
		return JourneyMap.class;
	}

	@Override
	public void check(JourneyMap map, Findings findings) {
		if (map.getStages().isEmpty()) {
			findings.error(map, ElementLabels.describe(map)
					+ " has no stage. Add the first stage of the journey from the palette.");
		}
	}
}
