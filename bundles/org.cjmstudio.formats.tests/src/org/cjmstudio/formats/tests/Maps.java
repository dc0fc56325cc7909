package org.cjmstudio.formats.tests;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;

/** Small maps built in code, as the format tests need them. */
final class Maps {

	static final CjmFactory CJM = CjmFactory.eINSTANCE;

	private Maps() {
	}

	static JourneyMap titled(String title) {
		JourneyMap map = CJM.createJourneyMap();
		map.setTitle(title);
		return map;
	}

	static Persona persona(JourneyMap map, String name) {
		Persona persona = CJM.createPersona();
		persona.setName(name);
		map.getPersonas().add(persona);
		return persona;
	}

	static Stage stage(JourneyMap map, String name) {
		Stage stage = CJM.createStage();
		stage.setName(name);
		map.getStages().add(stage);
		return stage;
	}

	static Step step(Stage stage, String name) {
		Step step = CJM.createStep();
		step.setName(name);
		stage.getSteps().add(step);
		return step;
	}

	static Emotion emotion(Stage stage, Step step, Persona persona, Feeling feeling, int valence) {
		Emotion emotion = CJM.createEmotion();
		emotion.setStep(step);
		emotion.setPersona(persona);
		emotion.setFeeling(feeling);
		emotion.setValence(valence);
		emotion.setState(EmotionState.AS_IS);
		stage.getEmotions().add(emotion);
		return emotion;
	}
}
