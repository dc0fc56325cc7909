package org.cjmstudio.collab.tests;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Chooses the team repository node that holds a map, from the map's id alone, so every client finds a map on the
 * same node without asking anyone: rendezvous (highest random weight) hashing, each node scoring the id and the
 * highest score winning. Adding a node moves only the maps the new node now wins; the others stay where they are.
 * A simulation of the router a scaled-out repository would have in front of its Fuseki nodes.
 */
final class ShardRouter {

	private final List<String> nodes;

	ShardRouter(List<String> nodes) {
		if (nodes.isEmpty()) {
			throw new IllegalArgumentException("a router needs at least one node");
		}
		this.nodes = List.copyOf(nodes);
	}

	/** The node that holds the map {@code mapId}. */
	String nodeFor(String mapId) {
		return nodes.stream().max(Comparator.comparingLong(node -> score(node, mapId))).orElseThrow();
	}

	private static long score(String node, String mapId) {
		// a name-based (MD5) UUID is a stable, well-mixed hash of the pair on every machine and Java version
		return UUID.nameUUIDFromBytes((node + "/" + mapId).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
	}
}
