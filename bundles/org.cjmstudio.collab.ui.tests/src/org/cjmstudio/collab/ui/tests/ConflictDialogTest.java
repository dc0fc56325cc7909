package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.collab.ui.conflicts.ConflictDialog;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

/**
 * Lena and Omar rename the same touchpoint; Omar's rename reaches the server first. Lena's workbench shows the
 * conflict dialog with base / Omar's / hers, she keeps hers, and that is what ends up on the server and with Omar.
 */
class ConflictDialogTest extends OmarSharesTheB2cSample {

	@Test
	void twoRenamesOfOneTouchpointAskLenaAndHerChoiceIsOnTheServerAndWithOmar() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		String before = SecondWorkbench.touchpoint(editor.getMap(), 0).getName();
		List<Conflict> asked = new ArrayList<>();
		List<String> shown = new ArrayList<>();
		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, ConflictDialog.TITLE, shell -> {
			ConflictDialog conflicts = (ConflictDialog) shell.getData();
			asked.addAll(conflicts.conflicts());
			Widgets.all(shell, Label.class).forEach(label -> shown.add(label.getText()));
			Widgets.all(shell, org.eclipse.swt.widgets.Button.class).forEach(button -> shown.add(button.getText()));
			try {
				Screenshots.capture(shell, "conflict-dialog.png");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			conflicts.choose(asked.get(0), Conflict.Choice.MINE);
			Widgets.press(shell, "Apply Choices");
		});

		// Both rename while the UI thread is busy, so Lena's rename is made before she hears of Omar's, which the
		// server has first.
		omar.edit((domain, map) -> SetCommand.create(domain, SecondWorkbench.touchpoint(map, 0),
				CjmPackage.Literals.TOUCHPOINT__NAME, "Express checkout"));
		omar.awaitSynced(2);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				SecondWorkbench.touchpoint(editor.getMap(), 0), CjmPackage.Literals.TOUCHPOINT__NAME,
				"Guest checkout"));

		Widgets.waitUntil(display, () -> !asked.isEmpty(), 20, "the conflict dialog");
		dialog.assertHandled();
		assertEquals(1, asked.size(), asked.toString());
		assertEquals(Conflict.Kind.SAME_PROPERTY, asked.get(0).kind());
		assertTrue(shown.contains("'" + before + "'"), "the base value is shown: " + shown);
		assertTrue(shown.contains("'Express checkout'"), "Omar's value is shown: " + shown);
		assertTrue(shown.contains("'Guest checkout'"), "Lena's value is shown: " + shown);
		assertTrue(shown.contains("Keep omar's: 'Express checkout'"), "the choice names Omar: " + shown);

		Widgets.waitUntil(display, () -> "Guest checkout".equals(omar.read(map -> SecondWorkbench.touchpoint(map, 0)
				.getName())), 20, "Lena's choice to reach Omar");
		assertEquals("Guest checkout", SecondWorkbench.touchpoint(editor.getMap(), 0).getName());
		Graph onServer = server.client("lena").snapshot(omar.mapId(), OptionalLong.empty()).graph();
		assertTrue(onServer.contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("Guest checkout")));
		assertFalse(onServer.contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("Express checkout")));
	}
}
