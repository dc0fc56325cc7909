package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.ids.ElementIdAssigner;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.junit.jupiter.api.Test;

/** Elements get their identity the moment they join a map, and keep it. */
class ElementIdAssignerTest {

	@Test
	void anElementAddedToAWatchedMapGetsAnIdAtOnce() {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Watched");
		ElementIdAssigner.install(map);
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		assertNull(barrier.getId(), "the generated factory gives no id");

		map.getStages().get(3).getBarriers().add(barrier);

		assertNotNull(barrier.getId());
	}

	@Test
	void aSubtreeAddedAtOnceIsIdentifiedThroughout() {
		JourneyMap map = JourneyMapTemplates.newEmptyMap("Watched");
		ElementIdAssigner.install(map);
		Stage stage = CjmFactory.eINSTANCE.createStage();
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		stage.getBarriers().add(barrier);

		map.getStages().add(stage);

		assertNotNull(stage.getId());
		assertNotNull(barrier.getId());
	}

	@Test
	void anExistingIdIsNeverReplaced() {
		JourneyMap map = JourneyMapTemplates.newEmptyMap("Watched");
		ElementIdAssigner.install(map);
		Stage stage = CjmFactory.eINSTANCE.createStage();
		stage.setId("b7d4a0a4-1111-4222-8333-444455556666");

		map.getStages().add(stage);
		map.getStages().remove(stage);
		map.getStages().add(stage);

		assertEquals("b7d4a0a4-1111-4222-8333-444455556666", stage.getId());
	}
}
