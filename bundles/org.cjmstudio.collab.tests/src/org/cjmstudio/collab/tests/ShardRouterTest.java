package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The shard router of the scale-out simulation places maps by id alone, evenly, and moves few when a node joins. */
class ShardRouterTest {

	private static final int MAPS = 3_000;

	@Test
	void twoNodesShareTheMapsEvenlyAndAThirdTakesAboutAThirdWithoutMovingAnyOther() {
		ShardRouter two = new ShardRouter(List.of("node-a", "node-b"));
		ShardRouter three = new ShardRouter(List.of("node-a", "node-b", "node-c"));
		int onA = 0;
		int moved = 0;
		for (int i = 0; i < MAPS; i++) {
			String mapId = UUID.randomUUID().toString();
			String before = two.nodeFor(mapId);
			assertEquals(before, two.nodeFor(mapId), "the same id always goes to the same node");
			onA += before.equals("node-a") ? 1 : 0;
			String after = three.nodeFor(mapId);
			if (!after.equals(before)) {
				assertEquals("node-c", after, "a map only ever moves to the node that joined");
				moved++;
			}
		}
		double shareOfA = onA / (double) MAPS;
		double shareMoved = moved / (double) MAPS;
		assertTrue(shareOfA > 0.45 && shareOfA < 0.55, "node-a holds " + shareOfA + " of the maps");
		assertTrue(shareMoved > 0.28 && shareMoved < 0.39, "the third node took " + shareMoved + " of the maps");
	}
}
