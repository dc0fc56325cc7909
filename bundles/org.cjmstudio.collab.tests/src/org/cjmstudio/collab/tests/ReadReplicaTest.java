package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.cjmstudio.collab.client.MapSnapshot;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Severity;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A read replica of the B2C team map follows the map's log on the primary (the real server Lena and Omar use), while
 * both edit at once: it sees the patches in one order and ends equal to the primary's graph.
 */
@Timeout(120)
class ReadReplicaTest extends LenaAndOmarShareTheB2cSample {

	@Test
	void aReplicaStartedLateFollowsTheLogInOneOrderAndEndsEqualToThePrimary() throws Exception {
		lena.edit((domain, map) -> SetCommand.create(domain, SampleMaps.touchpoint(map, 0),
				CjmPackage.Literals.TOUCHPOINT__NAME, "Guest checkout"));
		lena.awaitSynced(2);

		try (ReadReplica replica = new ReadReplica(server.client("guest"), mapId)) {
			Thread lenaTyping = new Thread(() -> {
				for (int i = 1; i <= 5; i++) {
					String name = "Lena's touchpoint " + i;
					int index = i;
					lena.edit((domain, map) -> SetCommand.create(domain, SampleMaps.touchpoint(map, index),
							CjmPackage.Literals.TOUCHPOINT__NAME, name));
				}
				lena.undo();
			});
			Thread omarTyping = new Thread(() -> {
				for (int i = 0; i < 4; i++) {
					int stage = i;
					omar.edit((domain, map) -> {
						Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
						barrier.setName("Omar's barrier " + stage);
						barrier.setSeverity(Severity.HIGH);
						return AddCommand.create(domain, map.getStages().get(stage), CjmPackage.Literals.STAGE__BARRIERS,
								barrier);
					});
				}
				omar.edit((domain, map) -> DeleteCommand.create(domain, List.of(SampleMaps.barrier(map, 0))));
			});
			lenaTyping.start();
			omarTyping.start();
			lenaTyping.join();
			omarTyping.join();
			long version = TeamClient.awaitAllSynced(server.client("lena"), mapId, lena, omar);

			MapSnapshot primary = server.client("lena").snapshot(mapId, OptionalLong.empty());
			Graph copy = replica.graphAt(version, Duration.ofSeconds(30));
			assertEquals(List.of(), replica.breaks(), "every patch came as the next version on top of the last");
			assertEquals(primary.version(), replica.version());
			assertEquals(primary.head(), replica.head());
			assertTrue(SampleMaps.same(primary.graph(), copy), () -> "the replica differs from the primary: "
					+ SampleMaps.difference(primary.graph(), copy));
			assertTrue(SampleMaps.same(lena.export(), copy), "the replica equals Lena's map");
			assertEquals("Lena's touchpoint 4", omar.read(map -> SampleMaps.touchpoint(map, 4).getName()));
		}
	}
}
