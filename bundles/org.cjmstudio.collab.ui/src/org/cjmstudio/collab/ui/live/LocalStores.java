package org.cjmstudio.collab.ui.live;

import java.nio.file.Path;

import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.sync.LocalMapStore;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * Where a team map's copy lives in the workspace (so it opens offline and keeps changes through a crash): one
 * folder per repository, user and map under this bundle's state location.
 */
final class LocalStores {

	private LocalStores() {
	}

	static LocalMapStore of(RepositoryClient client, String mapId) {
		Path root = Platform.getStateLocation(FrameworkUtil.getBundle(LocalStores.class)).toFile().toPath();
		String repository = client.address().base().getHost() + "_" + client.address().base().getPort();
		Path folder = root.resolve("team-maps").resolve(safe(repository)).resolve(safe(client.user())).resolve(safe(mapId));
		return new LocalMapStore(folder, RepositoryClient.graphOf(mapId));
	}

	private static String safe(String name) {
		return name.replaceAll("[^A-Za-z0-9._-]", "_");
	}
}
