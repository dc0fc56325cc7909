package org.cjmstudio.collab.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.collab.client.Presence;

/**
 * Who has which map open and what they have selected, in memory only: a workbench says so when it opens a map and
 * when the selection changes, and every ten seconds; an entry not renewed for thirty seconds is dropped (the
 * workbench was closed or lost its network). Each change gets a new stamp, so pollers know when to tell.
 */
final class PresenceBoard {

	private static final long EXPIRY_MILLIS = 30_000;

	private record Seen(String selection, long at) {
	}

	private final Map<String, Map<String, Seen>> byMap = new HashMap<>();
	private long stamp;

	synchronized boolean update(String mapId, String user, String selection, boolean open) {
		Map<String, Seen> users = byMap.computeIfAbsent(mapId, id -> new HashMap<>());
		Seen before = users.get(user);
		if (open) {
			users.put(user, new Seen(selection, System.currentTimeMillis()));
		} else {
			users.remove(user);
		}
		boolean changed = open ? before == null || !java.util.Objects.equals(before.selection(), selection)
				: before != null;
		if (changed) {
			stamp++;
		}
		return changed;
	}

	synchronized long stamp(String mapId) {
		expire(mapId);
		return stamp;
	}

	synchronized List<Presence> of(String mapId) {
		expire(mapId);
		List<Presence> present = new ArrayList<>();
		byMap.getOrDefault(mapId, Map.of()).forEach((user, seen) -> present.add(new Presence(user, seen.selection())));
		present.sort((a, b) -> a.user().compareTo(b.user()));
		return present;
	}

	private void expire(String mapId) {
		Map<String, Seen> users = byMap.get(mapId);
		if (users != null && users.values().removeIf(seen -> System.currentTimeMillis() - seen.at() > EXPIRY_MILLIS)) {
			stamp++;
		}
	}
}
