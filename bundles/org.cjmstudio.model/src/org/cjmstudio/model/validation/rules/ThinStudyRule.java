package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * Ten to fifteen interviews is the least worth calling research (twenty and more is better); with fewer than three,
 * a study shows anecdotes, not patterns.
 */
public final class ThinStudyRule implements ValidationRule<ResearchStudy> {

	/** Below this many interviews a study is not research at all. */
	public static final int MINIMUM_FOR_RESEARCH = 3;

	/** Below this many interviews a study is thin. */
	public static final int RECOMMENDED_MINIMUM = 10;

	/** From this many interviews on a study is well founded. */
	public static final int WELL_FOUNDED = 20;

	@Override
	public String id() {
		return "study.too-few-interviews";
	}

	@Override
	public Class<ResearchStudy> appliesTo() {
		return ResearchStudy.class;
	}

	@Override
	public void check(ResearchStudy study, Findings findings) {
		int interviews = study.getInterviews().size();
		String subject = ElementLabels.describe(study) + " has " + interviews
				+ (interviews == 1 ? " interview" : " interviews");
		if (interviews < MINIMUM_FOR_RESEARCH) {
			findings.error(study, "Not research: " + subject + ". Interview at least " + RECOMMENDED_MINIMUM
					+ " current, former and lost customers before drawing conclusions.");
		} else if (interviews < RECOMMENDED_MINIMUM) {
			findings.warning(study, "Thin research: " + subject + "; " + RECOMMENDED_MINIMUM
					+ "–15 is the minimum worth calling research, " + WELL_FOUNDED
					+ " or more is better.");
		}
	}
}
