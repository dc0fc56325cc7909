package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.collab.ui.history.HistoryView;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

/**
 * The History view lists who changed what in the team map Lena has open, as changes arrive; she reverts Omar's
 * rename as a new change of her own, which reaches Omar and which she can undo.
 */
class HistoryViewTest extends OmarSharesTheB2cSample {

	@Test
	void theHistoryListsOmarsRenameAndLenaRevertsItAsANewChange() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		String before = SecondWorkbench.touchpoint(editor.getMap(), 0).getName();
		HistoryView history = (HistoryView) window.getActivePage().showView(HistoryView.ID);
		window.getActivePage().activate(editor);
		Widgets.waitUntil(display, () -> history.listed().size() == 1, 20, "the history to list the sharing");
		assertEquals("omar", history.listed().get(0).author());

		omar.edit((domain, map) -> SetCommand.create(domain, SecondWorkbench.touchpoint(map, 0),
				CjmPackage.Literals.TOUCHPOINT__NAME, "Guest checkout"));
		Widgets.waitUntil(display, () -> history.listed().size() == 2, 20, "the history to list Omar's rename");
		HistoryEntry rename = history.listed().get(0);
		assertEquals(2, rename.version(), "newest first");
		assertEquals("omar", rename.author());
		assertTrue(rename.summary().contains("Guest checkout"), rename.summary());
		assertEquals("v2", history.viewer().getTable().getItem(0).getText(0));
		Screenshots.capture(window.getShell(), "team-map-history.png");

		history.viewer().setSelection(new StructuredSelection(rename), true);
		history.revertSelected();
		Widgets.waitUntil(display, () -> before.equals(SecondWorkbench.touchpoint(editor.getMap(), 0).getName()), 20,
				"the rename to be reverted in Lena's editor");
		CommandStack commands = editor.getEditingDomain().getCommandStack();
		assertTrue(commands.getUndoCommand().getLabel().startsWith("Revert '"), commands.getUndoCommand().getLabel());
		Widgets.waitUntil(display, () -> before.equals(omar.read(map -> SecondWorkbench.touchpoint(map, 0)
				.getName())), 20, "the revert to reach Omar");
		Widgets.waitUntil(display, () -> history.listed().size() == 3, 20, "the history to list Lena's revert");
		assertEquals("lena", history.listed().get(0).author());

		commands.undo();
		assertEquals("Guest checkout", SecondWorkbench.touchpoint(editor.getMap(), 0).getName(),
				"undoing the revert brings Omar's name back");
	}
}
