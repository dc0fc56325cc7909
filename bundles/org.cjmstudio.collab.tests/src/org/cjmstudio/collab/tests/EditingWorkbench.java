package org.cjmstudio.collab.tests;

import java.nio.file.Path;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.testing.processes.ChildJvm;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * The workbench {@link SyncCrashTest} kills: Lena's team map opened from her workspace store, a barrier added after
 * another, each printed as {@code added NAME} once the edit has returned (and so is stored in the workspace), while
 * the session sends them in the background. Arguments: the server's address, the map id, the store, the round.
 */
public final class EditingWorkbench {

	private EditingWorkbench() {
	}

	public static void main(String[] arguments) throws Exception {
		ChildJvm.exitWhenTheTestEnds();
		RepositoryClient client = new RepositoryClient(RepositoryAddress.parse(arguments[0]), "lena",
				"lena-secret".toCharArray());
		TeamClient workbench = TeamClient.open(client, arguments[1], Path.of(arguments[2]));
		System.out.println("opened with " + workbench.status().waiting() + " changes waiting");
		for (int n = 1;; n++) {
			String name = SyncCrashTest.barrier(arguments[3], n);
			workbench.edit((domain, map) -> {
				Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
				barrier.setName(name);
				return AddCommand.create(domain, map.getStages().get(0), CjmPackage.Literals.STAGE__BARRIERS, barrier);
			});
			System.out.println("added " + name);
			System.out.flush();
			Thread.sleep(40); // lets the sender catch up now and then: kills land with changes queued and in flight
		}
	}
}
