package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Outline shows a plan of the whole map under the tree; a click on the plan scrolls the editor there, and the
 * plan redraws in a few milliseconds, not the whole diagram tile by tile as GEF's thumbnail did.
 */
class OutlineOverviewTest {

	private EditorDriver driver;

	@BeforeEach
	void openTheB2cSampleAt100Percent() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "outline-overview"));
		((ZoomManager) driver.editor.getAdapter(ZoomManager.class)).setZoom(1.0);
		driver.settle();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void aClickOnThePlanScrollsTheEditorThere() throws Exception {
		PageBookView outline = (PageBookView) driver.editor.getSite().getPage().showView(IPageLayout.ID_OUTLINE);
		driver.editor.getSite().getPage().activate(driver.editor);
		driver.settle();
		Canvas plan = org.cjmstudio.testing.Widgets.all((Composite) outline.getCurrentPage().getControl(), Canvas.class)
				.stream().filter(canvas -> !(canvas instanceof FigureCanvas)).findFirst().orElseThrow();
		Viewport viewport = ((FigureCanvas) driver.editor.getGraphicalViewer().getControl()).getViewport();
		Point before = viewport.getViewLocation().getCopy();

		Event press = new Event();
		press.button = 1;
		press.x = plan.getSize().x - 10;
		press.y = plan.getSize().y - 10;
		plan.notifyListeners(SWT.MouseDown, press);
		plan.notifyListeners(SWT.MouseUp, press);
		driver.settle();

		Point after = viewport.getViewLocation();
		assertTrue(after.y > before.y + 200, "the editor scrolled down to the clicked part: " + before + " -> " + after);

		long start = System.nanoTime();
		plan.redraw();
		plan.update(); // paints now
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 200, "the plan redraws quickly: " + millis + " ms");
	}
}
