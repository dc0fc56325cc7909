package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** An age range reads "from ... to ... years": neither end below zero, the lower end not above the upper one. */
public final class AgeRangeRule implements ValidationRule<Demographics> {

	@Override
	public String id() {
		return "persona.age-range";
	}

	@Override
	public Class<Demographics> appliesTo() {
		return Demographics.class;
	}

	@Override
	public void check(Demographics demographics, Findings findings) {
		Integer min = demographics.getAgeMin();
		Integer max = demographics.getAgeMax();
		String whose = demographics.eContainer() != null ? ElementLabels.describe(demographics.eContainer())
				: "a persona";
		if ((min != null && min < 0) || (max != null && max < 0)) {
			findings.error(demographics, "The age range of " + whose + " (" + text(min) + "–" + text(max)
					+ ") has a negative age. Ages are years, 0 or more.");
		} else if (min != null && max != null && min > max) {
			findings.error(demographics, "The age range of " + whose + " runs backwards (" + min + "–" + max
					+ "). Put the lower age first.");
		}
	}

	private static String text(Integer age) {
		return age == null ? "?" : age.toString();
	}
}
