package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjmstudio.collab.ui.live.TeamStatusLine;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.collab.ui.maps.TeamMapsView;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

/**
 * The team repository goes away while Lena edits: the status line says offline and how many changes wait, editing
 * goes on, and when a new server process starts on the same data her changes are sent and the status says so; the
 * Team Maps view, which said the server does not answer, lists the map again without being asked.
 */
class OfflineStatusTest extends OmarSharesTheB2cSample {

	@Test
	void offlineTheStatusLineCountsTheWaitingChangesAndTheyAreSentWhenTheServerIsBack() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: connected · v1"), 20,
				"connected (the status line says '" + TeamStatusLine.textOf(editor) + "')");

		server.kill();
		for (String name : new String[] { "Discover", "Compare" }) {
			int stage = name.equals("Discover") ? 0 : 1;
			editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
					editor.getMap().getStages().get(stage), CjmPackage.Literals.STAGE__NAME, name));
		}
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: offline · 2 changes waiting"),
				20, "offline with 2 changes (the status line says '" + TeamStatusLine.textOf(editor) + "')");
		assertEquals("Compare", editor.getMap().getStages().get(1).getName(), "editing goes on offline");

		TeamMapsView teamMaps = (TeamMapsView) window.getActivePage().findView(TeamMapsView.ID);
		teamMaps.refresh();
		Widgets.waitUntil(display, () -> teamMaps.listed().isEmpty(), 20,
				"the Team Maps view to say the server does not answer ('" + teamMaps.statusLine() + "')");

		server.restart();
		Widgets.waitUntil(display, () -> teamMaps.listed().size() == 1, 30,
				"the Team Maps view to list the map again by itself ('" + teamMaps.statusLine() + "')");
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: connected · v3"), 30,
				"the changes to be sent (the status line says '" + TeamStatusLine.textOf(editor) + "')");
		Widgets.waitUntil(display, () -> "Compare".equals(omar.read(map -> map.getStages().get(1).getName())), 20,
				"Lena's offline changes to reach Omar");
		assertEquals("Discover", omar.read(map -> map.getStages().get(0).getName()));
	}
}
