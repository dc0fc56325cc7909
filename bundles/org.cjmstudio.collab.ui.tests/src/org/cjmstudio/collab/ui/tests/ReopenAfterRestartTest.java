package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.UUID;

import org.cjmstudio.collab.ui.connection.TeamRepository;
import org.cjmstudio.collab.ui.live.TeamMapInput;
import org.cjmstudio.collab.ui.live.TeamMapInputFactory;
import org.cjmstudio.collab.ui.live.TeamStatusLine;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;

/**
 * Lena's team map editor comes back after a restart of the workbench, as the workbench brings it back: its input is
 * written to a memento and read again through the element factory registered in plugin.xml. It reopens from the copy
 * in the workspace with the password from the secure storage, also with the server down and with a change still
 * waiting, which is sent when the server is back; a map with no copy here and no server says why it cannot open.
 */
class ReopenAfterRestartTest extends OmarSharesTheB2cSample {

	@Test
	void aTeamMapReopensAfterARestartOnlineAndOfflineWithItsWaitingChanges() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		rename(editor, 0, "Discover");
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(editor).equals("Team: connected · v2"), 20,
				"Lena's rename to be sent (the status line says '" + TeamStatusLine.textOf(editor) + "')");
		String kept = whatTheWorkbenchKeeps(editor.getEditorInput());
		assertTrue(kept.contains(omar.mapId()) && kept.contains(server.address()) && kept.contains("lena"), kept);
		assertTrue(!kept.contains("lena-secret"), "no password in the workbench's state: " + kept);

		// the workbench closes; the next one has not connected yet (the password comes from the secure storage)
		window.getActivePage().closeEditor(editor, false);
		TeamRepository.workbench().connected(null);
		JourneyMapEditor online = reopen(kept);
		assertEquals("Discover", online.getMap().getStages().get(0).getName());
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(online).equals("Team: connected · v2"), 20,
				"the reopened map to connect (the status line says '" + TeamStatusLine.textOf(online) + "')");
		Widgets.waitUntil(display, () -> TeamStatusLine.presenceOf(online).equals("Also here: omar"), 20,
				"presence in the reopened map");

		// offline: the server is down when the workbench starts
		window.getActivePage().closeEditor(online, false);
		server.kill();
		String unreachable = openAndRead(restored(server.address(), UUID.randomUUID().toString(), "Onboarding"));
		assertTrue(unreachable.contains("The team map 'Onboarding' cannot be reopened: this workspace has no copy of it, "
				+ "and the team repository at " + server.address() + " does not answer."), unreachable);
		JourneyMapEditor offline = reopen(kept);
		assertEquals("Discover", offline.getMap().getStages().get(0).getName(), "opened from the workspace's copy");
		rename(offline, 1, "Compare");
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(offline).equals("Team: offline · 1 change waiting"),
				20, "offline with 1 change (the status line says '" + TeamStatusLine.textOf(offline) + "')");
		Screenshots.capture(window.getShell(), "team-map-reopened-offline.png");
		window.getActivePage().closeEditor(offline, false);
		JourneyMapEditor again = reopen(kept);
		assertEquals("Compare", again.getMap().getStages().get(1).getName(), "the waiting change is in the map");
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(again).equals("Team: offline · 1 change waiting"),
				20, "the change still waiting (the status line says '" + TeamStatusLine.textOf(again) + "')");

		server.restart();
		Widgets.waitUntil(display, () -> TeamStatusLine.textOf(again).equals("Team: connected · v3"), 30,
				"the waiting change to be sent (the status line says '" + TeamStatusLine.textOf(again) + "')");
		Widgets.waitUntil(display, () -> "Compare".equals(omar.read(map -> map.getStages().get(1).getName())), 20,
				"the change to reach Omar");
		window.getActivePage().closeEditor(again, false);
	}

	@Test
	void aTeamMapThatCannotBeReopenedSaysWhy() throws Exception {
		TeamWorkbench.connect(window, server, "lena");
		TeamMapInput elsewhere = restored("http://127.0.0.1:9", UUID.randomUUID().toString(), "Onboarding");
		assertEquals("Onboarding", elsewhere.getName(), "the editor's tab has the title before anything is opened");
		String noPassword = openAndRead(elsewhere);
		assertTrue(noPassword.contains("The team map 'Onboarding' cannot be reopened: no password is kept for 'lena' "
				+ "at http://127.0.0.1:9. Connect with File > Connect to Team Repository..."), noPassword);

		String removed = openAndRead(restored(server.address(), UUID.randomUUID().toString(), "Returns"));
		assertTrue(removed.contains("The team map 'Returns' cannot be reopened: this workspace has no copy of it, and "
				+ "the team repository did not give it. The team repository at " + server.address()
				+ " has no such map"), removed);
	}

	private static TeamMapInput restored(String address, String mapId, String title) {
		XMLMemento memento = XMLMemento.createWriteRoot("input");
		memento.putString("address", address);
		memento.putString("user", "lena");
		memento.putString("map", mapId);
		memento.putString("title", title);
		return (TeamMapInput) new TeamMapInputFactory().createElement(memento);
	}

	/** Opens {@code input} and returns what the user is told: the editor's error, however the workbench shows it. */
	private String openAndRead(IEditorInput input) {
		String said;
		try {
			IEditorPart part = window.getActivePage().openEditor(input, JourneyMapEditor.ID);
			said = shownText(part);
			window.getActivePage().closeEditor(part, false);
		} catch (PartInitException e) {
			said = e.getMessage();
		}
		System.out.println("ReopenAfterRestartTest: the editor says: " + said);
		return said;
	}

	private static void rename(JourneyMapEditor editor, int stage, String name) {
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				editor.getMap().getStages().get(stage), CjmPackage.Literals.STAGE__NAME, name));
	}

	/** What the workbench writes for an open editor's input when it closes (its persistable element). */
	private static String whatTheWorkbenchKeeps(IEditorInput input) throws Exception {
		IPersistableElement persistable = input.getPersistable();
		assertNotNull(persistable, "the team map's input is kept when the workbench closes");
		XMLMemento memento = XMLMemento.createWriteRoot("input");
		memento.putString("factoryID", persistable.getFactoryId());
		persistable.saveState(memento);
		StringWriter text = new StringWriter();
		memento.save(text);
		return text.toString();
	}

	/** Reads the input back as the next workbench does, through the factory plugin.xml registers, and opens it. */
	private JourneyMapEditor reopen(String kept) throws Exception {
		XMLMemento memento = XMLMemento.createReadRoot(new StringReader(kept));
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(memento.getString("factoryID"));
		assertNotNull(factory, "the factory is registered");
		IEditorInput input = (IEditorInput) factory.createElement(memento);
		assertEquals(omar.read(map -> map.getTitle()), input.getName());
		return assertInstanceOf(JourneyMapEditor.class, window.getActivePage().openEditor(input, JourneyMapEditor.ID));
	}

	/** The texts the (error) part shows. */
	private String shownText(IEditorPart part) {
		StringBuilder text = new StringBuilder(part.getClass().getName() + ": " + part.getTitle());
		for (Control control : Widgets.all(window.getShell(), Control.class)) {
			if (control instanceof Label label) {
				text.append(" | ").append(label.getText());
			} else if (control instanceof Text field) {
				text.append(" | ").append(field.getText());
			}
		}
		return text.toString();
	}
}
