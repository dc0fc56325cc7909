package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.app.JourneyMapPerspective;
import org.cjmstudio.testing.Screenshots;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Given a freshly started CJM Studio, the user sees a window titled "CJM Studio" showing the Journey Maps
 * perspective with the views a CX team works with.
 */
class WorkbenchSmokeTest {

	@Test
	void workbenchOpensOnTheJourneyMapsPerspective() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has no active window");
		Shell shell = window.getShell();
		assertTrue(shell.getText().contains("CJM Studio"), "window title was: " + shell.getText());

		IWorkbenchPage page = window.getActivePage();
		assertEquals(JourneyMapPerspective.ID, page.getPerspective().getId());
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "the Properties view is part of the perspective");
		assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "the Problems view is part of the perspective");
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "the Outline view is part of the perspective");

		ImageData screenshot = Screenshots.capture(shell, "workbench.png");
		Path file = Screenshots.outputDirectory().resolve("workbench.png");
		assertTrue(Files.size(file) > 0, "no screenshot written to " + file);
		assertEquals(shell.getBounds().width, screenshot.width);
		assertTrue(hasMoreThanOneColour(screenshot), "the screenshot is blank: nothing was painted");
	}

	private static boolean hasMoreThanOneColour(ImageData image) {
		RGB first = image.palette.getRGB(image.getPixel(0, 0));
		for (int y = 0; y < image.height; y += 7) {
			for (int x = 0; x < image.width; x += 7) {
				if (!image.palette.getRGB(image.getPixel(x, y)).equals(first)) {
					return true;
				}
			}
		}
		return false;
	}
}
