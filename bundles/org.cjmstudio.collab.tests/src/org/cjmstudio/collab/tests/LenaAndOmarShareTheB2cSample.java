package org.cjmstudio.collab.tests;

import org.cjmstudio.model.JourneyMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The team every collaboration test starts from: a real team repository, Lena sharing the B2C sample map on it and
 * Omar opening it, each with a workspace store of their own. A test may replace {@link #server} (a new server
 * process on the same data) or drop {@link #lena} (a crashed workbench); both are closed if still there.
 */
abstract class LenaAndOmarShareTheB2cSample {

	protected TeamServer server;
	protected TeamClient lena;
	protected TeamClient omar;
	protected String mapId;

	@BeforeEach
	void shareTheMap() throws Exception {
		server = TeamServer.start();
		JourneyMap local = SampleMaps.b2c();
		mapId = local.getId();
		lena = TeamClient.share(server.client("lena"), local, TeamClient.newStore());
		omar = TeamClient.open(server.client("omar"), mapId, TeamClient.newStore());
	}

	@AfterEach
	void stop() throws Exception {
		omar.close();
		if (lena != null) {
			lena.close();
		}
		server.close();
	}
}
