package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.diagram.evidence.EvidenceLinks;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Keys;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever changes the map (a rename on the card, an undo), the Properties view shows the new values at once, and
 * the Edit menu names the step Undo and Redo take ("Undo Rename Touchpoint"); Ctrl+Y redoes.
 */
class PropertiesAndUndoFollowEveryChangeTest {

	private EditorDriver driver;
	private JourneyMap map;
	private Display display;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "properties-follow"));
		map = driver.editor.getMap();
		display = driver.editor.getSite().getShell().getDisplay();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void thePropertiesViewShowsANewNameAndAnUndoneEvidenceLink() throws Exception {
		Touchpoint touchpoint = map.getStages().get(1).getTouchpoints().get(0);
		PropertySheet properties = (PropertySheet) driver.editor.getSite().getPage().showView(
				IPageLayout.ID_PROP_SHEET);
		driver.editor.getSite().getPage().activate(driver.editor);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(touchpoint)));
		driver.settle();
		assertEquals("Shopping ad", value(properties, "Name"));

		rename(touchpoint, "Shopping ad for hardshells");
		assertEquals("Shopping ad for hardshells", value(properties, "Name"), "after a rename on the card");

		Barrier barrier = map.getStages().get(1).getBarriers().get(1);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(barrier)));
		driver.settle();
		assertEquals("", value(properties, "Evidence"));
		driver.editor.getEditingDomain().getCommandStack().execute(EvidenceLinks.cite(
				driver.editor.getEditingDomain(), barrier, List.of(map.getStudies().get(0).getInterviews().get(0))));
		driver.settle();
		assertTrue(value(properties, "Evidence").contains("Interview 01"), value(properties, "Evidence"));
		driver.editor.getEditingDomain().getCommandStack().undo();
		driver.settle();
		assertEquals("", value(properties, "Evidence"), "after the link was undone");
	}

	@Test
	void undoAndRedoNameTheChangeAndCtrlYRedoes() {
		Touchpoint touchpoint = map.getStages().get(1).getTouchpoints().get(0);
		rename(touchpoint, "Shopping ad for hardshells");
		assertEquals("Undo Rename Touchpoint", editMenuEntry("Undo"));

		Barrier barrier = map.getStages().get(3).getBarriers().get(0);
		Stage search = map.getStages().get(1);
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
		move.setEditParts(driver.partOf(barrier));
		move.setLocation(driver.pointIn(search, Lane.BARRIERS));
		driver.perform(driver.partOf(search), move);
		assertEquals("Undo Move Barrier to Information search", editMenuEntry("Undo"));

		driver.editor.getEditingDomain().getCommandStack().undo();
		driver.settle();
		assertEquals("Redo Move Barrier to Information search", editMenuEntry("Redo"));

		driver.editor.getSite().getShell().forceActive();
		driver.editor.getSite().getPage().activate(driver.editor);
		driver.editor.getGraphicalViewer().getControl().setFocus();
		Keys.press(display, SWT.CTRL, 'y');
		assertEquals(search, barrier.eContainer(), "Ctrl+Y redid the move");
	}

	private void rename(Object element, String name) {
		EditPart card = driver.partOf(element);
		DirectEditRequest rename = new DirectEditRequest();
		TextCellEditor text = new TextCellEditor((Composite) driver.editor.getGraphicalViewer().getControl());
		text.setValue(name);
		rename.setCellEditor(text);
		driver.perform(card, rename);
		text.dispose();
	}

	private String editMenuEntry(String startingWith) {
		Menu edit = Menus.ofMenuBar(driver.editor.getSite().getShell(), "Edit");
		try {
			return Menus.itemStartingWith(edit, startingWith).getText().replace("&", "").split("\t")[0];
		} finally {
			Menus.hide(edit);
		}
	}

	/** The value column of the Properties view's row named {@code property}, as the user reads it. */
	private static String value(PropertySheet properties, String property) {
		Tree tree = (Tree) properties.getCurrentPage().getControl();
		for (TreeItem item : all(tree.getItems())) {
			if (item.getText(0).equals(property)) {
				return item.getText(1);
			}
		}
		throw new AssertionError("no property row '" + property + "'");
	}

	private static List<TreeItem> all(TreeItem[] items) {
		List<TreeItem> all = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			all.add(item);
			all.addAll(all(item.getItems()));
		}
		return all;
	}
}
