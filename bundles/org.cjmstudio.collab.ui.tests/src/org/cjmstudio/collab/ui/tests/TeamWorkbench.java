package org.cjmstudio.collab.ui.tests;

import org.cjmstudio.collab.client.TeamMapInfo;
import org.cjmstudio.collab.ui.connection.ConnectDialog;
import org.cjmstudio.collab.ui.live.TeamStatusLine;
import org.cjmstudio.collab.ui.maps.TeamMapsView;
import org.cjmstudio.collab.ui.live.TeamMapInput;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.testing.Widgets;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;

/** What Lena does in the real workbench, shared by the tests: connect, find the editor of a team map. */
final class TeamWorkbench {

	private TeamWorkbench() {
	}

	/** Connects through the Connect dialog, as Lena would. */
	static void connect(IWorkbenchWindow window, TeamRepositoryServer server, String user) {
		ConnectDialog dialog = new ConnectDialog(window.getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.enter(server.address(), user, user + "-secret");
		Widgets.press(dialog.getShell(), "Connect");
		Widgets.waitUntil(window.getShell().getDisplay(), () -> dialog.getShell() == null, 20,
				"the Connect dialog to close (" + dialog.problem() + ")");
	}

	/** Connects, lists the maps in the Team Maps view and opens {@code mapId} as a double click would. */
	static JourneyMapEditor openFromTheTeamMapsView(IWorkbenchWindow window, TeamRepositoryServer server,
			String mapId) throws Exception {
		Display display = window.getShell().getDisplay();
		connect(window, server, "lena");
		TeamMapsView view = (TeamMapsView) window.getActivePage().showView(TeamMapsView.ID);
		Widgets.waitUntil(display, () -> view.listed().stream().anyMatch(map -> map.id().equals(mapId)), 20,
				"the Team Maps view to list the map");
		TeamMapInfo info = view.listed().stream().filter(map -> map.id().equals(mapId)).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(info), true);
		view.open(); // what a double click does
		Widgets.waitUntil(display, () -> editorOf(window, server, mapId) != null, 20,
				"the team map to open in the journey map editor");
		JourneyMapEditor editor = editorOf(window, server, mapId);
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).startsWith("Team: connected"), 20,
				"the status line to say connected (it says '" + TeamStatusLine.textOf(editor) + "')");
		return editor;
	}

	/** The journey map editor that has the team map {@code mapId} open, or null. */
	static JourneyMapEditor editorOf(IWorkbenchWindow window, TeamRepositoryServer server, String mapId) {
		for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof JourneyMapEditor mapEditor && editor.getEditorInput() instanceof TeamMapInput input
					&& input.session().mapId().equals(mapId)
					&& input.session().client().address().toString().equals(server.address())) {
				return mapEditor;
			}
		}
		return null;
	}
}
