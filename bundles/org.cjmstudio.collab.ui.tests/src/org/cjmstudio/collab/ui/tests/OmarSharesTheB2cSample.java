package org.cjmstudio.collab.ui.tests;

import org.cjmstudio.samples.SampleMap;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What most team-map tests start from: a real repository server of their own on loopback, where Omar (a second
 * workbench, driven through the client library) has shared the B2C sample; this workbench is Lena's.
 */
abstract class OmarSharesTheB2cSample {

	static TeamRepositoryServer server;
	static SecondWorkbench omar;

	final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	final Display display = window.getShell().getDisplay();

	@BeforeAll
	static void startServer() throws Exception {
		server = TeamRepositoryServer.start();
		omar = SecondWorkbench.sharing(server.client("omar"), SampleMap.B2C_ONLINE_SHOP);
	}

	@AfterAll
	static void stopServer() throws Exception {
		// the team maps' editors go with their server (the next class opens the same sample on another one)
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		omar.close();
		server.close();
	}
}
