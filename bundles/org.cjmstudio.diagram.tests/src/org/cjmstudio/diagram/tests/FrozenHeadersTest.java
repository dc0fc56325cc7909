package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.diagram.figures.FrozenHeadersFigure;
import org.cjmstudio.diagram.figures.GridMetrics;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.editparts.ZoomManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scrolling down a long map keeps the stage names and phases at the top of the editor, scrolling right keeps the lane
 * names at the left, like frozen panes in a spreadsheet; at the top left nothing is doubled, and a click on a frozen
 * header does not select a card hidden under it.
 */
class FrozenHeadersTest {

	private EditorDriver driver;
	private FrozenHeadersFigure frozen;
	private FigureCanvas canvas;

	@BeforeEach
	void openTheB2cSampleAt100Percent() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "frozen-headers"));
		((ZoomManager) driver.editor.getAdapter(ZoomManager.class)).setZoom(1.0);
		driver.settle();
		LayerManager layers = (LayerManager) driver.editor.getGraphicalViewer().getEditPartRegistry()
				.get(LayerManager.ID);
		IFigure layer = layers.getLayer(FrozenHeadersFigure.LAYER);
		frozen = (FrozenHeadersFigure) layer.getChildren().get(0);
		canvas = (FigureCanvas) driver.editor.getGraphicalViewer().getControl();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void atTheTopLeftNothingIsFrozen() {
		canvas.scrollTo(0, 0);
		driver.settle();
		assertFalse(frozen.freezesStageRow());
		assertFalse(frozen.freezesLaneColumn());
	}

	@Test
	void scrollingDownKeepsTheStageNamesAtTheTop() throws Exception {
		canvas.scrollTo(0, 500);
		driver.settle();

		assertTrue(frozen.freezesStageRow(), "the stage row is frozen");
		assertFalse(frozen.freezesLaneColumn());
		assertEquals(500, frozen.getBounds().y, "the frozen row is at the top of what the editor shows");
		Point onFrozenStageName = new Point(GridMetrics.LANE_HEADER_WIDTH + 60, 30); // in the editor's window
		EditPart target = driver.editor.getGraphicalViewer().findObjectAt(onFrozenStageName);
		assertEquals(driver.editor.getMap(), target.getModel(), "a click on the frozen row is on the map, not a card");
		Screenshots.capture(driver.editor.getSite().getShell(), "frozen-headers-b2c_online_shop.png");
	}

	@Test
	void scrollingRightKeepsTheLaneNamesAtTheLeft() {
		canvas.scrollTo(400, 300);
		driver.settle();

		assertTrue(frozen.freezesLaneColumn(), "the lane names are frozen");
		assertTrue(frozen.freezesStageRow());
		assertEquals(400, frozen.getBounds().x);
		Point onFrozenLaneName = new Point(30, 200);
		assertEquals(driver.editor.getMap(),
				driver.editor.getGraphicalViewer().findObjectAt(onFrozenLaneName).getModel());
	}
}
