package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * Teams find maps by title (file names, the Team Maps list, RDF browsers show it), and RDF import refuses a map
 * without one, so a map file without a title must not pass validation either.
 */
public final class MapWithoutTitleRule implements ValidationRule<JourneyMap> {

	@Override
	public String id() {
		return "map.no-title";
	}

	@Override
	public Class<JourneyMap> appliesTo() {
		return JourneyMap.class;
	}

	@Override
	public void check(JourneyMap map, Findings findings) {
		if (map.getTitle() == null || map.getTitle().isBlank()) {
			findings.error(map, "The map has no title. Give it one in the Properties view.");
		}
	}
}
