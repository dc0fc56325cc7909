package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Keys;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new user renames a card and presses Ctrl+A to replace its name: the name is selected, not every card of the
 * map; right after a rename Ctrl+Z undoes it; and a Delete after Select All asks before it empties the map.
 */
class RenameAndDeleteSafelyTest {

	private EditorDriver driver;
	private JourneyMap map;
	private Display display;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "rename-and-delete"));
		map = driver.editor.getMap();
		display = driver.editor.getSite().getShell().getDisplay();
		driver.editor.getSite().getShell().forceActive();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void ctrlAWhileRenamingSelectsTheNameNotEveryCard() {
		Touchpoint touchpoint = map.getStages().get(1).getTouchpoints().get(0);
		EditPart card = driver.partOf(touchpoint);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(card));
		card.performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
		driver.settle();
		Control focus = display.getFocusControl();
		assertTrue(focus instanceof Text, "the name is edited in a text box, focus on " + focus);
		Text text = (Text) focus;
		text.setSelection(0);

		Keys.press(display, SWT.CTRL, 'a');

		assertEquals(List.of(card), selectedParts(), "the map's selection did not change");
		assertEquals(new Point(0, touchpoint.getName().length()), text.getSelection(), "the whole name is selected");
		Keys.press(display, 0, SWT.DEL);
		assertEquals("", text.getText(), "Delete removed the selected name, not cards");
		Keys.press(display, 0, SWT.ESC);
		assertEquals("Shopping ad", touchpoint.getName(), "Escape cancels the rename");
		assertTrue(map.getStages().get(1).getTouchpoints().contains(touchpoint));
	}

	@Test
	void afterARenameCtrlZUndoesIt() {
		Touchpoint touchpoint = map.getStages().get(1).getTouchpoints().get(0);
		EditPart card = driver.partOf(touchpoint);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(card));
		card.performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
		driver.settle();
		Text text = (Text) display.getFocusControl();
		text.setText("Shopping ad on Instagram");
		Keys.press(display, 0, SWT.CR);
		driver.settle();
		assertEquals("Shopping ad on Instagram", touchpoint.getName());

		IAction undo = driver.editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo != null && undo.isEnabled() && undo.getText().replace("&", "").startsWith("Undo Rename"),
				"the map's Undo is back once the text box closed: " + (undo == null ? null : undo.getText()));
		Keys.press(display, SWT.CTRL, 'z');
		driver.settle();
		assertEquals("Shopping ad", touchpoint.getName(), "Ctrl+Z right after the rename undoes it");
	}

	@Test
	void deletingEveryCardAsksFirstAndNoKeepsThem() {
		int cards = cardCount();
		ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);
		actions.getAction(ActionFactory.SELECT_ALL.getId()).run();
		driver.settle();

		Widgets.ExpectedDialog no = Widgets.answerWhenShown(display, "Delete from the Map", "No");
		actions.getAction(ActionFactory.DELETE.getId()).run();
		no.assertHandled();
		assertEquals(cards, cardCount(), "No keeps every card");

		Widgets.ExpectedDialog yes = Widgets.answerWhenShown(display, "Delete from the Map", "Yes");
		actions.getAction(ActionFactory.DELETE.getId()).run();
		yes.assertHandled();
		driver.settle();
		assertEquals(0, cardCount());
		driver.editor.getEditingDomain().getCommandStack().undo();
		assertEquals(cards, cardCount(), "one undo brings every card back");
	}

	@Test
	void deletingAStageWithCardsAsksFirstButOneCardGoesAtOnce() {
		Stage need = map.getStages().get(0);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(need)));
		ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);
		Widgets.ExpectedDialog no = Widgets.answerWhenShown(display, "Delete from the Map", "No");
		actions.getAction(ActionFactory.DELETE.getId()).run();
		no.assertHandled();
		assertTrue(map.getStages().contains(need));

		Touchpoint poster = need.getTouchpoints().get(1);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(poster)));
		actions.getAction(ActionFactory.DELETE.getId()).run();
		assertTrue(!need.getTouchpoints().contains(poster), "a single card is deleted without a question");
	}

	private List<Object> selectedParts() {
		return List.of(((IStructuredSelection) driver.editor.getGraphicalViewer().getSelection()).toArray());
	}

	/** The cards the map shows: what Select All selects. */
	private int cardCount() {
		driver.settle();
		int cards = 0;
		for (Stage stage : map.getStages()) {
			cards += driver.partOf(stage).getChildren().size();
		}
		return cards;
	}
}
