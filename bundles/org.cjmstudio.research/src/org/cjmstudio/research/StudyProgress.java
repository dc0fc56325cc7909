package org.cjmstudio.research;

import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.validation.rules.ThinStudyRule;

/**
 * How far a study is on its way to being research: ten interviews is the least worth calling research, twenty is
 * well founded (the thresholds of {@link ThinStudyRule}, which warns about thin studies).
 *
 * @param interviews how many interviews the study has
 */
public record StudyProgress(int interviews) {

	/** The minimum worth calling research. */
	public static final int MINIMUM = ThinStudyRule.RECOMMENDED_MINIMUM;

	/** Well founded. */
	public static final int WELL_FOUNDED = ThinStudyRule.WELL_FOUNDED;

	public static StudyProgress of(ResearchStudy study) {
		return new StudyProgress(study.getInterviews().size());
	}

	/** Interviews still missing for the minimum; 0 once reached. */
	public int missingForMinimum() {
		return Math.max(0, MINIMUM - interviews);
	}

	/** Interviews still missing to be well founded; 0 once reached. */
	public int missingForWellFounded() {
		return Math.max(0, WELL_FOUNDED - interviews);
	}

	/** The share of the way to {@link #WELL_FOUNDED}, from 0 to 1, e.g. for a progress bar with a mark at the minimum. */
	public double towardWellFounded() {
		return Math.min(1.0, interviews / (double) WELL_FOUNDED);
	}

	/** "7 of 10 interviews: 3 more for the minimum worth calling research", as the Research view shows it. */
	public String describe() {
		if (interviews < MINIMUM) {
			int missing = missingForMinimum();
			return interviews + " of " + MINIMUM + " interviews: " + missing + " more for the minimum worth calling research";
		}
		if (interviews < WELL_FOUNDED) {
			return interviews + " of " + WELL_FOUNDED + " interviews: research; " + missingForWellFounded()
					+ " more to be well founded";
		}
		return interviews + " interviews: well founded";
	}
}
