package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.client.TeamMapInfo;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two real team repository nodes (each its own Fuseki + TDB2 process on loopback) behind the shard router: the team's
 * maps are shared, opened and edited on the node their ids choose, and no node knows the other's maps.
 */
@Timeout(120)
class ShardedRepositoriesTest {

	private static final int MAPS = 4;

	private final Map<String, TeamServer> nodes = new LinkedHashMap<>();
	private ShardRouter router;

	@BeforeEach
	void startTwoNodes() throws Exception {
		nodes.put("node-a", TeamServer.start());
		nodes.put("node-b", TeamServer.start());
		router = new ShardRouter(List.copyOf(nodes.keySet()));
	}

	@AfterEach
	void stopThem() throws Exception {
		for (TeamServer node : nodes.values()) {
			node.close();
		}
	}

	@Test
	void eachMapIsSharedOpenedAndEditedOnTheNodeItsIdChoosesAndNowhereElse() throws Exception {
		Map<String, List<String>> placed = new LinkedHashMap<>();
		nodes.keySet().forEach(node -> placed.put(node, new ArrayList<>()));
		for (int i = 0; i < MAPS; i++) {
			// fixed ids, so the maps fall on the nodes the same way in every run
			String mapId = UUID.nameUUIDFromBytes(("team map " + i).getBytes(StandardCharsets.UTF_8)).toString();
			String node = router.nodeFor(mapId);
			TeamClient.share(nodes.get(node).client("lena"), b2cWithId(mapId, "Team map " + i), TeamClient.newStore())
					.close();
			placed.get(node).add(mapId);
		}
		for (Map.Entry<String, List<String>> node : placed.entrySet()) {
			assertFalse(node.getValue().isEmpty(), node.getKey() + " got none of the maps: " + placed);
			List<String> listed = nodes.get(node.getKey()).client("omar").maps().stream().map(TeamMapInfo::id).toList();
			assertEquals(node.getValue().stream().sorted().toList(), listed.stream().sorted().toList(),
					node.getKey() + " lists exactly the maps routed to it");
		}

		String mapOnB = placed.get("node-b").get(0);
		TeamServer nodeB = nodes.get(router.nodeFor(mapOnB));
		try (TeamClient omar = TeamClient.open(nodeB.client("omar"), mapOnB, TeamClient.newStore())) {
			omar.edit((domain, map) -> SetCommand.create(domain, SampleMaps.touchpoint(map, 0),
					CjmPackage.Literals.TOUCHPOINT__NAME, "Routed rename"));
			omar.awaitSynced(2);
		}
		Node renamed = NodeFactory.createLiteralString("Routed rename");
		assertTrue(nodeB.client("lena").snapshot(mapOnB, OptionalLong.empty()).graph()
				.contains(Node.ANY, CJM.name.asNode(), renamed), "Omar's rename is on node-b");
		RepositoryException elsewhere = assertThrows(RepositoryException.class,
				() -> nodes.get("node-a").client("lena").snapshot(mapOnB, OptionalLong.empty()));
		assertEquals(RepositoryException.Reason.NOT_FOUND, elsewhere.reason(), elsewhere.getMessage());
	}

	/** The B2C sample as another team map: new ids for everything, the map's id given. */
	private static JourneyMap b2cWithId(String mapId, String title) throws Exception {
		JourneyMap map = ElementIds.copyAsNew(SampleMaps.b2c());
		ElementIds.assignMissing(map);
		map.setId(mapId);
		map.setTitle(title);
		return map;
	}
}
