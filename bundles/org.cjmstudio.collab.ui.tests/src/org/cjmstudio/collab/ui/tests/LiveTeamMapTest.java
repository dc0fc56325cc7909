package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cjmstudio.collab.ui.live.TeamMapInput;
import org.cjmstudio.collab.ui.live.TeamStatusLine;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

/**
 * Lena opens the team map Omar shared from the Team Maps view and edits it live while Omar (the second workbench,
 * the client library) edits it too: his rename shows in her editor within a second, outside her undo history; her
 * edit reaches the server and Omar; the status line says where the map stands.
 */
class LiveTeamMapTest extends OmarSharesTheB2cSample {

	@Test
	void aRemoteRenameShowsWithinASecondAndMyEditReachesTheServer() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		assertTrue(editor.getEditorInput() instanceof TeamMapInput);
		assertEquals(omar.read(map -> map.getTitle()), editor.getTitle());
		assertFalse(editor.isDirty(), "a team map keeps every change itself; there is nothing to save");
		String mapId = omar.mapId();
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: connected · v1"), 20,
				"the status line to say connected (it says '" + TeamStatusLine.textOf(editor) + "')");

		// Omar renames the first touchpoint in his workbench
		long renamed = System.nanoTime();
		omar.edit((domain, map) -> SetCommand.create(domain, SecondWorkbench.touchpoint(map, 0),
				CjmPackage.Literals.TOUCHPOINT__NAME, "Guest checkout"));
		Widgets.waitUntil(display, () -> "Guest checkout".equals(SecondWorkbench.touchpoint(editor.getMap(), 0)
				.getName()), 10, "Omar's rename to reach Lena's editor");
		long millis = (System.nanoTime() - renamed) / 1_000_000;
		System.out.println("LiveTeamMapTest: Omar's rename showed in Lena's editor after " + millis + " ms");
		assertTrue(millis < 1000, "the remote rename took " + millis + " ms to show");
		Touchpoint touchpoint = SecondWorkbench.touchpoint(editor.getMap(), 0);
		assertNotNull(editor.getGraphicalViewer().getEditPartRegistry().get(touchpoint), "its card is drawn");
		CommandStack commands = editor.getEditingDomain().getCommandStack();
		assertFalse(commands.canUndo(), "Omar's change is not in Lena's undo history");
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: connected · v2"), 10,
				"the status line to show v2 (it says '" + TeamStatusLine.textOf(editor) + "')");

		// Lena renames the first stage in the editor
		Stage stage = editor.getMap().getStages().get(0);
		commands.execute(SetCommand.create(editor.getEditingDomain(), stage, CjmPackage.Literals.STAGE__NAME,
				"Discover"));
		// Lena's session sends from the UI thread's state: wait with the event loop running
		Widgets.waitUntil(display, () -> omar.version() >= 3, 20, "Lena's rename to reach Omar");
		assertEquals("Discover", omar.read(map -> map.getStages().get(0).getName()));
		Graph onServer = server.client("lena").snapshot(mapId, OptionalLong.empty()).graph();
		assertTrue(onServer.contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("Discover")),
				"the server has Lena's stage name");
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: connected · v3"), 10,
				"the status line to show v3 (it says '" + TeamStatusLine.textOf(editor) + "')");
		assertTrue(commands.canUndo(), "Lena can undo her own rename");
		assertFalse(editor.isDirty());
		Screenshots.capture(window.getShell(), "team-map-live.png");
	}
}
