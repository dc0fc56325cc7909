package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Phase;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.StageKind;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Given a CX lead starting a new map, the template lays out the journey they expect. */
class JourneyMapTemplatesTest {

	@Test
	void standardMapHasTheSixStagesInOrderWithTheirPhases() {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Buying a bike");

		List<Stage> stages = map.getStages();
		assertEquals(List.of("Need", "Information search", "Choosing alternatives", "Purchase", "Usage",
				"Loyalty or churn"), stages.stream().map(Stage::getName).toList());
		assertEquals(List.of(StageKind.NEED, StageKind.INFORMATION_SEARCH, StageKind.CHOOSING_ALTERNATIVES,
				StageKind.PURCHASE, StageKind.USAGE, StageKind.LOYALTY_OR_CHURN),
				stages.stream().map(Stage::getKind).toList());
		assertEquals(List.of(Phase.BEFORE_PURCHASE, Phase.BEFORE_PURCHASE, Phase.BEFORE_PURCHASE,
				Phase.DURING_PURCHASE, Phase.AFTER_PURCHASE, Phase.AFTER_PURCHASE),
				stages.stream().map(Stage::getPhase).toList());
		assertEquals("Buying a bike", map.getTitle());
		assertEquals(MapStatus.DRAFT, map.getStatus());
		assertNotNull(map.getCreated());
	}

	@Test
	void everyNewMapComesWithOnlineAndOfflineChannels() {
		JourneyMap map = JourneyMapTemplates.newEmptyMap("Empty");

		assertTrue(map.getStages().isEmpty(), "the empty template has no stages");
		assertEquals(14, map.getChannels().size());
		assertTrue(map.getChannels().stream().anyMatch(Channel::isOnline));
		assertTrue(map.getChannels().stream().anyMatch(channel -> !channel.isOnline()));
		Set<String> names = new HashSet<>();
		map.getChannels().forEach(channel -> assertTrue(names.add(channel.getName()), "duplicate " + channel));
	}

	@Test
	void everyElementOfANewMapHasItsOwnUuid() {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Ids");
		Set<String> ids = new HashSet<>();
		List<EObject> elements = new java.util.ArrayList<>();
		elements.add(map);
		map.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			String id = ((Identifiable) element).getId();
			assertNotNull(id, element + " has no id");
			assertEquals(id, UUID.fromString(id).toString(), "not a UUID: " + id);
			assertTrue(ids.add(id), "id used twice: " + id);
		}
		assertFalse(ids.isEmpty());
	}
}
