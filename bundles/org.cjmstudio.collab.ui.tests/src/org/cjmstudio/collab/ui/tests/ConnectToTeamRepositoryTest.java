package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cjmstudio.collab.client.TeamMapInfo;
import org.cjmstudio.collab.ui.connection.ConnectDialog;
import org.cjmstudio.collab.ui.connection.TeamCredentials;
import org.cjmstudio.collab.ui.connection.TeamRepository;
import org.cjmstudio.collab.ui.maps.TeamMapsView;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Widgets;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * Lena connects her workbench to the team repository: mistakes are named in the dialog, the working connection is
 * remembered (the password encrypted in the secure storage), and the Team Maps view lists the team's maps.
 */
class ConnectToTeamRepositoryTest extends OmarSharesTheB2cSample {

	@Test
	void theFileMenuOffersConnectAndShareShowViewOffersTeamMapsAndConnectOpensTheDialog() throws Exception {
		Menu file = Menus.shown(Menus.ofMenuBar(window.getShell(), "File"));
		try {
			List<String> labels = Menus.labels(file);
			assertTrue(labels.contains("Connect to Team Repository..."), labels.toString());
			assertTrue(labels.contains("Share Map..."), labels.toString());
		} finally {
			Menus.hide(file);
		}
		Menu windowMenu = Menus.shown(Menus.ofMenuBar(window.getShell(), "Window"));
		try {
			Menu showView = Menus.shown(Menus.item(windowMenu, "Show View").getMenu());
			assertTrue(Menus.labels(showView).contains("Team Maps"), Menus.labels(showView).toString());
			Menus.hide(showView);
		} finally {
			Menus.hide(windowMenu);
		}
		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, ConnectDialog.TITLE, shell -> {
			Widgets.button(shell, "Connect");
			assertEquals(3, Widgets.inputFields(shell).size(), "address, user, password");
			shell.close();
		});
		window.getService(IHandlerService.class).executeCommand("org.cjmstudio.collab.ui.connect", null);
		dialog.assertHandled();
	}

	@Test
	void aWrongAddressAnUnreachableServerAndAWrongPasswordAreNamedAndTheWorkingConnectionIsRemembered()
			throws Exception {
		ConnectDialog dialog = new ConnectDialog(window.getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			connect(dialog, "ftp://example.org", "lena", "lena-secret");
			assertEquals("'ftp://example.org' is not an http or https address", dialog.problem());

			connect(dialog, "http://127.0.0.1:" + freePort(), "lena", "lena-secret");
			assertTrue(dialog.problem().startsWith("No team repository answers at http://127.0.0.1:"), dialog.problem());
			assertTrue(dialog.problem().endsWith("Check the address and that the server is running."), dialog.problem());

			connect(dialog, server.address(), "lena", "wrong-password");
			assertEquals("The team repository at " + server.address() + " did not accept the user name 'lena' with "
					+ "this password. Check both and connect again.", dialog.problem());
			assertFalse(dialog.getShell().isDisposed(), "the dialog stays open after a failure");

			connect(dialog, server.address(), "lena", "lena-secret");
			Widgets.waitUntil(display, () -> dialog.getShell() == null, 20, "the dialog to close once connected");
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}
		assertEquals(server.address(), TeamRepository.workbench().client().orElseThrow().address().toString());
		TeamCredentials.Remembered remembered = TeamCredentials.remembered().orElseThrow();
		assertEquals(server.address(), remembered.address());
		assertEquals("lena", remembered.user());
		assertArrayEquals("lena-secret".toCharArray(), remembered.password(), "kept in the secure storage");
		try (Stream<Path> files = Files.walk(Path.of(System.getProperty("cjm.secure.storage")))) {
			for (Path stored : files.filter(Files::isRegularFile).toList()) {
				assertFalse(Files.readString(stored).contains("lena-secret"), stored + " holds the password in plain text");
			}
		}
	}

	@Test
	void theTeamMapsViewListsTheServersMapsWithVersionOwnerAndAccess() throws Exception {
		ConnectDialog dialog = new ConnectDialog(window.getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		connect(dialog, server.address(), "lena", "lena-secret");
		Widgets.waitUntil(display, () -> dialog.getShell() == null, 20, "the dialog to close once connected");

		TeamMapsView view = (TeamMapsView) window.getActivePage().showView(TeamMapsView.ID);
		view.refresh();
		Widgets.waitUntil(display, () -> view.statusLine().startsWith(server.address() + " as lena:"), 20,
				"the view to list this server's maps (it says '" + view.statusLine() + "')");
		TeamMapInfo map = view.listed().get(0);
		assertEquals(omar.mapId(), map.id());
		assertEquals(omar.read(m -> m.getTitle()), map.title());
		assertEquals("omar", map.owner());
		assertTrue(map.version() >= 1);
		assertTrue(map.canWrite(), "Lena may edit the maps of her team");
		assertEquals(server.address() + " as lena: 1 map", view.statusLine());
		assertEquals(map.title(), view.viewer().getTable().getItem(0).getText(0));
		assertEquals("can edit", view.viewer().getTable().getItem(0).getText(3));
	}

	private void connect(ConnectDialog dialog, String address, String user, String password) {
		dialog.enter(address, user, password);
		Widgets.press(dialog.getShell(), "Connect");
		Widgets.waitUntil(display, () -> !dialog.isChecking(), 20, "the connection check");
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
