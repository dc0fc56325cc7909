package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.zoom.MapZoomManager;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Stage;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A six-stage map opens readable (fitted to the editor's width), "Page" shows the whole map, a card's tool tip gets
 * out of the way of the context menu, and the evidence lane says all it counts.
 */
class ZoomToolTipsAndEvidenceLaneTest {

	private EditorDriver driver;
	private MapZoomManager zoom;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "zoom-and-tips"));
		zoom = (MapZoomManager) driver.editor.getAdapter(ZoomManager.class);
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void aMapWiderThanTheEditorOpensFittedToItsWidth() {
		Dimension map = zoom.mapSize();
		Dimension visible = zoom.visibleSize();
		assertTrue(map.width > visible.width, "the sample is wider than the editor: " + map + " in " + visible);
		double shown = map.width * zoom.getZoom();
		assertTrue(shown <= visible.width && shown > visible.width - 40,
				"the map's width fills the editor: " + shown + " of " + visible.width + " at " + zoom.getZoom());
	}

	@Test
	void pageShowsTheWholeMap() {
		zoom.setZoomAsText(ZoomManager.FIT_ALL);
		driver.settle();
		Dimension map = zoom.mapSize();
		Dimension visible = zoom.visibleSize();
		double width = map.width * zoom.getZoom();
		double height = map.height * zoom.getZoom();
		assertTrue(width <= visible.width && height <= visible.height, "all of it: " + width + "x" + height + " in "
				+ visible);
		assertTrue(width > visible.width - 3 || height > visible.height - 3, "and as large as fits");
	}

	@Test
	void aCardsToolTipHidesWhenTheContextMenuOpens() {
		Barrier flagged = driver.editor.getMap().getStages().get(1).getBarriers().get(1);
		GraphicalEditPart card = driver.partOf(flagged);
		assertTrue(((CardFigure) card.getFigure()).isFlagged(), "a card with a warning tool tip");
		Rectangle bounds = card.getFigure().getBounds().getCopy();
		card.getFigure().translateToAbsolute(bounds);
		Control canvas = driver.editor.getGraphicalViewer().getControl();
		driver.editor.getGraphicalViewer().reveal(card);
		driver.settle();
		bounds = card.getFigure().getBounds().getCopy();
		card.getFigure().translateToAbsolute(bounds);
		Event hover = new Event();
		hover.x = bounds.x + 20;
		hover.y = bounds.y + bounds.height / 2; // not its top edge: reveal may leave that under the frozen stage row
		canvas.notifyListeners(SWT.MouseMove, hover);
		canvas.notifyListeners(SWT.MouseHover, hover);
		driver.settle();
		assertTrue(visibleToolTips().size() == 1, "the tool tip shows on hover: " + visibleToolTips().size() + " at "
				+ hover.x + "," + hover.y + " over " + bounds);

		canvas.notifyListeners(SWT.MenuDetect, new Event()); // what a right click sends before the menu opens

		assertEquals(List.of(), visibleToolTips(), "no tool tip over the context menu");
	}

	@Test
	void theEvidenceLaneSaysAllItCountsAndNoZeros() {
		for (Stage stage : driver.editor.getMap().getStages()) {
			StageColumnFigure column = (StageColumnFigure) driver.partOf(stage).getFigure();
			String summary = column.getEvidenceSummary();
			List<String> shown = column.evidenceLines(column.getFont(),
					FigureUtilities.getFontMetrics(column.getFont()).getHeight());
			assertEquals(summary, String.join(" \u00b7 ", shown), stage.getName() + " shows its whole summary");
			assertFalse(summary.matches(".*\\b0 .*"), stage.getName() + ": " + summary);
		}
	}

	private List<Shell> visibleToolTips() {
		return List.of(driver.editor.getSite().getShell().getShells()).stream()
				.filter(shell -> shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0
						&& (shell.getStyle() & SWT.ON_TOP) != 0)
				.toList();
	}
}
