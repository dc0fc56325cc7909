package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.emotions.Feelings;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * A feeling whose valence contradicts it ("neutral at -2", "delighted at -1") is almost always a slip: the curve then
 * says something the card does not.
 */
public final class FeelingValenceMismatchRule implements ValidationRule<Emotion> {

	@Override
	public String id() {
		return "emotion.feeling-valence-mismatch";
	}

	@Override
	public Class<Emotion> appliesTo() {
		return Emotion.class;
	}

	@Override
	public void check(Emotion emotion, Findings findings) {
		if (!Feelings.fits(emotion.getFeeling(), emotion.getValence())) {
			findings.warning(emotion, "The feeling and the valence disagree: " + ElementLabels.describeWithStage(emotion)
					+ ". A " + Feelings.adjective(emotion.getFeeling()) + " customer is usually between "
					+ Feelings.signed(Feelings.lowestValence(emotion.getFeeling())) + " and "
					+ Feelings.signed(Feelings.highestValence(emotion.getFeeling()))
					+ ": change the feeling or the valence.");
		}
	}
}
