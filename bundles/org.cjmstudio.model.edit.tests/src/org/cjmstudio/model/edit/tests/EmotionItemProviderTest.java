package org.cjmstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An emotion point as the Outline and the Properties view present it, and what choosing a feeling does. */
class EmotionItemProviderTest {

	private AdapterFactoryEditingDomain domain;
	private Emotion emotion;
	private Persona lena;

	@BeforeEach
	void aMapWithOneEmotion() {
		domain = MapEditingDomains.newEditingDomain();
		JourneyMap map = JourneyMapTemplates.newStandardMap("Rain jackets");
		domain.getResourceSet().createResource(URI.createURI("memory:/map.cjm")).getContents().add(map);
		lena = CjmFactory.eINSTANCE.createPersona();
		lena.setName("Lena");
		map.getPersonas().add(lena);
		emotion = CjmFactory.eINSTANCE.createEmotion();
		map.getStages().get(0).getEmotions().add(emotion);
	}

	@AfterEach
	void dispose() {
		((IDisposable) domain.getAdapterFactory()).dispose();
	}

	@Test
	void anEmotionIsNamedByHowTheCustomerFeels() {
		emotion.setFeeling(Feeling.RELIEF);
		emotion.setValence(2);
		assertEquals("Emotion: relieved (+2) \u00b7 all personas \u00b7 as-is", label());

		emotion.setPersona(lena);
		emotion.setState(EmotionState.TO_BE);
		assertEquals("Emotion: relieved (+2) \u00b7 Lena \u00b7 to-be", label());
	}

	@Test
	void choosingAFeelingThatDoesNotFitProposesItsUsualValenceInOneUndoableStep() {
		domain.getCommandStack().execute(SetCommand.create(domain, emotion, emotion.eClass()
				.getEStructuralFeature("feeling"), Feeling.ANXIETY));

		assertEquals(Feeling.ANXIETY, emotion.getFeeling());
		assertEquals(-2, emotion.getValence());
		domain.getCommandStack().undo();
		assertEquals(Feeling.NEUTRAL, emotion.getFeeling());
		assertEquals(0, emotion.getValence());
	}

	@Test
	void aValenceThatFitsTheNewFeelingIsKept() {
		emotion.setValence(-3);
		domain.getCommandStack().execute(SetCommand.create(domain, emotion, emotion.eClass()
				.getEStructuralFeature("feeling"), Feeling.ANXIETY));

		assertEquals(-3, emotion.getValence(), "-3 is a plausible anxiety: the team's value stays");
	}

	private String label() {
		return ((IItemLabelProvider) domain.getAdapterFactory().adapt(emotion, IItemLabelProvider.class))
				.getText(emotion);
	}
}
