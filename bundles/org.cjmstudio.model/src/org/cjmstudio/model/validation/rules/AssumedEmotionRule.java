package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * An as-is emotion on the curve that no research backs is the team's feeling, not the customer's. To-be points are
 * targets the team sets, so they need none.
 */
public final class AssumedEmotionRule implements ValidationRule<Emotion> {

	@Override
	public String id() {
		return "emotion.no-evidence";
	}

	@Override
	public Class<Emotion> appliesTo() {
		return Emotion.class;
	}

	@Override
	public void check(Emotion emotion, Findings findings) {
		if (emotion.getState() == EmotionState.AS_IS && emotion.getEvidence().isEmpty()) {
			findings.warning(emotion, "Assumption: " + ElementLabels.describeWithStage(emotion)
					+ " cites no evidence. Link it to the interviews or survey answers that show it.");
		}
	}
}
