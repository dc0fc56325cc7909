package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A journey is always some customer's journey: a map without a persona cannot say whose. */
public final class MapWithoutPersonaRule implements ValidationRule<JourneyMap> {

	@Override
	public String id() {
		return "map.no-persona";
	}

	@Override
	public Class<JourneyMap> appliesTo() {
		return JourneyMap.class;
	}

	@Override
	public void check(JourneyMap map, Findings findings) {
		if (map.getPersonas().isEmpty()) {
			findings.error(map, ElementLabels.describe(map)
					+ " has no persona. Add the customer whose journey this is.");
		}
	}
}
