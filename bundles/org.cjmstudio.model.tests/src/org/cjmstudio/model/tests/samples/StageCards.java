package org.cjmstudio.model.tests.samples;

import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.BarrierKind;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;

/** Adds the cards of one stage's column: steps, touchpoints, emotion points and barriers, in the order written. */
final class StageCards {

	private static final CjmFactory FACTORY = CjmFactory.eINSTANCE;

	private final Stage stage;

	StageCards(Stage stage) {
		this.stage = stage;
	}

	Stage stage() {
		return stage;
	}

	Step step(String name, String does, String thinks, String asks) {
		Step step = FACTORY.createStep();
		step.setName(name);
		step.setDoes(does);
		step.setThinks(thinks);
		step.setAsks(asks);
		stage.getSteps().add(step);
		return step;
	}

	Touchpoint touchpoint(String name, Channel channel, String department, String description, Step... serves) {
		Touchpoint touchpoint = FACTORY.createTouchpoint();
		touchpoint.setName(name);
		touchpoint.setChannel(channel);
		touchpoint.setDepartment(department);
		touchpoint.setDescription(description);
		touchpoint.getServes().addAll(List.of(serves));
		stage.getTouchpoints().add(touchpoint);
		return touchpoint;
	}

	/** An emotion point of every persona of the map; {@code at} may be null. No evidence makes it an assumption. */
	Emotion emotion(Step step, Touchpoint at, Feeling feeling, int valence, String note, Evidence... evidence) {
		Emotion emotion = FACTORY.createEmotion();
		emotion.setStep(step);
		emotion.setTouchpoint(at);
		emotion.setFeeling(feeling);
		emotion.setValence(valence);
		emotion.setNote(note);
		emotion.getEvidence().addAll(List.of(evidence));
		stage.getEmotions().add(emotion);
		return emotion;
	}

	/** Like {@link #emotion}, felt by one persona only. */
	Emotion emotionOf(Persona persona, Step step, Touchpoint at, Feeling feeling, int valence, String note,
			Evidence... evidence) {
		Emotion emotion = emotion(step, at, feeling, valence, note, evidence);
		emotion.setPersona(persona);
		return emotion;
	}

	/** A point of {@code persona}'s to-be curve: how the team wants them to feel once its changes are made. */
	Emotion toBe(Persona persona, Step step, Touchpoint at, Feeling feeling, int valence, String note) {
		Emotion emotion = emotionOf(persona, step, at, feeling, valence, note);
		emotion.setState(EmotionState.TO_BE);
		return emotion;
	}

	/** A barrier at a step and touchpoint ({@code at} may be null). No evidence makes it an assumption. */
	Barrier barrier(Step step, Touchpoint at, String name, BarrierKind kind, Severity severity, String description,
			Evidence... evidence) {
		Barrier barrier = FACTORY.createBarrier();
		barrier.setStep(step);
		barrier.setTouchpoint(at);
		barrier.setName(name);
		barrier.setKind(kind);
		barrier.setSeverity(severity);
		barrier.setDescription(description);
		barrier.getEvidence().addAll(List.of(evidence));
		stage.getBarriers().add(barrier);
		return barrier;
	}

	/** Records how many customers give up at {@code barrier} and how that was measured. */
	static Barrier dropOff(Barrier barrier, double percent, String howMeasured) {
		barrier.setDropOffRate(percent);
		barrier.setDropOffNote(howMeasured);
		return barrier;
	}
}
