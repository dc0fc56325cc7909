package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;

import org.cjmstudio.collab.client.TeamMapInfo;
import org.cjmstudio.collab.ui.live.ShareMapHandler;
import org.cjmstudio.collab.ui.live.TeamStatusLine;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lena shares the map she has open: it is uploaded as a team map owned by her and reopens live; the file stays. */
class ShareMapTest {

	private static TeamRepositoryServer server;

	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	private final Display display = window.getShell().getDisplay();

	@BeforeAll
	static void startServer() throws Exception {
		server = TeamRepositoryServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		// the team maps' editors go with their server (the next class opens the same sample on another one)
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		server.close();
	}

	@Test
	void shareMapUploadsTheOpenMapAndReopensItLive() throws Exception {
		TeamWorkbench.connect(window, server, "lena");
		IFile file = WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, "share-map-test");
		byte[] before = read(file);
		JourneyMapEditor fileEditor = (JourneyMapEditor) IDE.openEditor(window.getActivePage(), file);
		String mapId = fileEditor.getMap().getId();
		String title = fileEditor.getMap().getTitle();

		Widgets.ExpectedDialog confirm = Widgets.answerWhenShown(display, ShareMapHandler.CONFIRM_TITLE, "Share");
		window.getService(IHandlerService.class).executeCommand("org.cjmstudio.collab.ui.shareMap", null);
		confirm.assertHandled();
		Widgets.waitUntil(display, () -> TeamWorkbench.editorOf(window, server, mapId) != null, 20,
				"the shared map to reopen as a team map");

		JourneyMapEditor live = TeamWorkbench.editorOf(window, server, mapId);
		assertNull(window.getActivePage().findEditor(new FileEditorInput(file)), "the file's editor was closed");
		assertEquals(title, live.getMap().getTitle());
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(live).equals("Team: connected · v1"), 20,
				"the status line to say connected (it says '" + TeamStatusLine.textOf(live) + "')");
		TeamMapInfo shared = server.client("omar").maps().stream().filter(map -> map.id().equals(mapId)).findFirst()
				.orElseThrow();
		assertEquals("lena", shared.owner());
		assertEquals(title, shared.title());
		assertArrayEquals(before, read(file), "sharing does not change the file");
	}

	private static byte[] read(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return in.readAllBytes();
		}
	}
}
