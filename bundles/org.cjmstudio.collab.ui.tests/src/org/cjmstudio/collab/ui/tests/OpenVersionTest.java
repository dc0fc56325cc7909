package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.collab.ui.history.HistoryView;
import org.cjmstudio.collab.ui.history.MapVersionInput;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.Test;

/**
 * After Omar renames a touchpoint, Lena opens the version before his rename from the History view: an editor titled
 * with the version and "read-only" shows the old name; no change of hers takes, nothing is to save, and the live
 * map keeps Omar's name.
 */
class OpenVersionTest extends OmarSharesTheB2cSample {

	@Test
	void theVersionBeforeOmarsRenameOpensReadOnlyWithTheOldName() throws Exception {
		JourneyMapEditor live = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		String before = SecondWorkbench.touchpoint(live.getMap(), 0).getName();
		HistoryView history = (HistoryView) window.getActivePage().showView(HistoryView.ID);
		window.getActivePage().activate(live);
		omar.edit((domain, map) -> SetCommand.create(domain, SecondWorkbench.touchpoint(map, 0),
				CjmPackage.Literals.TOUCHPOINT__NAME, "Guest checkout"));
		Widgets.waitUntil(display, () -> history.listed().size() == 2, 20, "the history to list Omar's rename");
		HistoryEntry sharing = history.listed().get(1);
		assertEquals(1, sharing.version());

		history.viewer().setSelection(new StructuredSelection(sharing), true);
		history.openSelected();
		Widgets.waitUntil(display, () -> versionEditor() != null, 20, "version 1 to open in an editor");
		JourneyMapEditor old = versionEditor();
		assertTrue(old.getTitle().endsWith("· v1 (read-only)"), old.getTitle());
		assertTrue(old.isReadOnly());
		assertNotSame(live.getMap(), old.getMap());
		assertEquals(before, SecondWorkbench.touchpoint(old.getMap(), 0).getName(), "the name before Omar's rename");
		assertEquals("Guest checkout", SecondWorkbench.touchpoint(live.getMap(), 0).getName());
		assertEquals(2, history.listed().size(), "the History view still lists the team map's history");
		Screenshots.capture(window.getShell(), "team-map-version.png");

		old.getEditingDomain().getCommandStack().execute(SetCommand.create(old.getEditingDomain(),
				SecondWorkbench.touchpoint(old.getMap(), 0), CjmPackage.Literals.TOUCHPOINT__NAME, "Changed anyway"));
		assertEquals(before, SecondWorkbench.touchpoint(old.getMap(), 0).getName(), "the change is refused");
		assertFalse(old.isDirty(), "nothing to save");
		assertFalse(old.getEditingDomain().getCommandStack().canUndo());
		assertTrue(old.getEditingDomain().isReadOnly(old.getMap().eResource()), "the Properties view sees it too");
		assertFalse(old.isSaveAsAllowed());

		history.viewer().setSelection(new StructuredSelection(sharing), true);
		history.openSelected();
		Widgets.waitUntil(display, () -> window.getActivePage().getActiveEditor() == old, 20,
				"the open version to come to the front");
		assertEquals(1, java.util.Arrays.stream(window.getActivePage().getEditorReferences())
				.filter(reference -> reference.getEditor(false) != null
						&& reference.getEditor(false).getEditorInput() instanceof MapVersionInput)
				.count(), "the version opens once");
		window.getActivePage().closeEditor(old, false);
	}

	private JourneyMapEditor versionEditor() {
		for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof JourneyMapEditor mapEditor && editor.getEditorInput() instanceof MapVersionInput) {
				return mapEditor;
			}
		}
		return null;
	}
}
