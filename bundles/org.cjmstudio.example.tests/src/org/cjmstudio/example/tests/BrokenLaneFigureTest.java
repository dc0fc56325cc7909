package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.lanes.InstalledLanes;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.example.tests.broken.BrokenLanePackage;
import org.cjmstudio.example.tests.broken.ThrowingFigure;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.contributions.SwitchedOff;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin's lane whose figure throws while the map is drawn (this test bundle's "Stickers" lane, see plugin.xml):
 * the map editor catches it, logs it once naming the plugin, tells the user once in the Plugin Switched Off dialog,
 * switches the lane's drawing off for the session and draws its cards as plain cards; the map stays as it was and the
 * user goes on editing it, stickers included.
 */
class BrokenLaneFigureTest {

	private static final String PLUGIN = "org.cjmstudio.example.tests";
	private static final String LANE_ID = "org.cjmstudio.example.tests.stickers";
	private static final String DIALOG = "Plugin Switched Off";

	private final List<IStatus> errors = new CopyOnWriteArrayList<>();
	private final ILogListener logged = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR) {
			errors.add(status);
		}
	};
	private JourneyMapEditor editor;
	private Display display;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		Platform.addLogListener(logged);
		IFile file = WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "broken-lane-figure");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (JourneyMapEditor) IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		display = editor.getSite().getShell().getDisplay();
		settle();
	}

	@AfterEach
	void closeWithoutSaving() {
		if (editor != null) {
			editor.getSite().getPage().closeEditor(editor, false);
		}
		Platform.removeLogListener(logged);
	}

	@Test
	void aLaneFigureThatThrowsIsSwitchedOffToldOnceAndTheMapStaysEditable() throws Exception {
		Lane stickers = Lane.values().stream().filter(lane -> lane.id().equals(LANE_ID)).findFirst().orElseThrow();
		assertFalse(InstalledLanes.isSwitchedOff(stickers), "nothing has failed yet");
		List<String> told = new ArrayList<>();
		// the map is drawn after the drop and the scroll; on a loaded machine that takes a while
		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, DIALOG, 180, shell -> {
			told.add(texts(shell));
			Widgets.click(Widgets.button(shell, IDialogConstants.OK_LABEL));
		});
		CommandStack commands = editor.getGraphicalViewer().getEditDomain().getCommandStack();
		Stage consideration = editor.getMap().getStages().get(1);
		int lanesBefore = Lane.values().size();

		// the user drops a sticker into the lane (below Evidence, scrolled to): drawing it throws
		commands.execute(partOf(consideration).getCommand(create(consideration, stickers)));
		settle();
		editor.getGraphicalViewer().reveal(partOf(consideration.getLaneCards().get(0)));
		settle();
		Widgets.waitUntil(display, () -> !told.isEmpty(), 180, "the Plugin Switched Off dialog");
		dialog.assertHandled();

		assertEquals(1, told.size(), "told once");
		String expected = "The drawing of the lane 'Stickers' of plugin '" + PLUGIN + "' failed (IllegalStateException:"
				+ " bug in the sticker figure). It is switched off until CJM Studio restarts; the maps are unchanged.";
		assertTrue(told.get(0).contains(expected), told.get(0));
		assertEquals(1, errors.size(), "logged once, nothing else went wrong: " + errors);
		assertEquals(expected, errors.get(0).getMessage());
		assertEquals(IllegalStateException.class, errors.get(0).getException().getClass(), "the cause for its author");
		assertTrue(InstalledLanes.isSwitchedOff(stickers));
		assertTrue(SwitchedOff.isOff(SwitchedOff.key(PLUGIN, InstalledLanes.EXTENSION_POINT, LANE_ID)));
		int callsWhenSwitchedOff = ThrowingFigure.CALLS.get();

		// the map is drawn again and again, and the user goes on: a second sticker, a rename, undo
		Card first = consideration.getLaneCards().get(0);
		commands.execute(partOf(consideration).getCommand(create(consideration, stickers)));
		settle();
		editor.getGraphicalViewer().reveal(partOf(consideration.getLaneCards().get(1)));
		for (int i = 0; i < 3; i++) {
			Control canvas = editor.getGraphicalViewer().getControl();
			canvas.redraw();
			canvas.update();
			settle();
		}
		assertEquals(callsWhenSwitchedOff, ThrowingFigure.CALLS.get(), "the figure is not called again");
		assertEquals(2, consideration.getLaneCards().size());
		for (Card sticker : consideration.getLaneCards()) {
			assertEquals(BrokenLanePackage.STICKER, sticker.eClass());
			CardFigure card = (CardFigure) partOf(sticker).getFigure();
			assertTrue(card.isShowing(), "a plain card in its lane");
			assertEquals(sticker.eGet(BrokenLanePackage.STICKER__NAME), card.getTitle());
			assertTrue(((StageColumnFigure) partOf(consideration).getFigure()).laneBounds(stickers)
					.contains(card.getBounds().getCenter()), "drawn in its lane");
		}
		assertEquals(lanesBefore, Lane.values().size(), "the lane is still there, its cards with it");
		Card second = consideration.getLaneCards().get(1);
		editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(editor.getEditingDomain(), second, BrokenLanePackage.STICKER__NAME, "Call back"));
		settle();
		assertEquals("Call back", ((CardFigure) partOf(second).getFigure()).getTitle(), "renamed like any card");
		assertTrue(editor.isDirty());
		Screenshots.capture(editor.getSite().getShell(), "broken-lane-figure.png");
		commands.undo();
		commands.undo();
		commands.undo();
		settle();
		assertEquals(0, consideration.getLaneCards().size(), "undone like any card");
		assertEquals(null, first.eContainer());
		assertFalse(editor.isDirty(), "the map is as it was");
		assertEquals(1, errors.size(), "still logged once: " + errors);
		assertEquals(1, told.size(), "still told once");
		for (Shell shell : display.getShells()) {
			assertTrue(shell.isDisposed() || !DIALOG.equals(shell.getText()), "no second dialog");
		}
	}

	private CreateRequest create(Stage stage, Lane lane) {
		CreateRequest create = new CreateRequest();
		create.setFactory(PaletteTools.factory("Sticker"));
		StageColumnFigure column = (StageColumnFigure) partOf(stage).getFigure();
		Rectangle bounds = column.laneBounds(lane).getCopy();
		column.translateToAbsolute(bounds);
		Point center = bounds.getCenter();
		create.setLocation(center);
		assertNotNull(partOf(stage).getCommand(create), "the lane takes its cards");
		return create;
	}

	private GraphicalEditPart partOf(Object element) {
		GraphicalEditPart part = (GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(element);
		assertNotNull(part, "no edit part for " + element);
		return part;
	}

	private void settle() {
		Screenshots.settle(display);
		editor.getGraphicalViewer().flush();
	}

	private static String texts(Shell shell) {
		return String.join("\n", Widgets.all(shell, Label.class).stream().map(Label::getText).toList());
	}
}
