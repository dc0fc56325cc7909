package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.diagram.evidence.EvidenceLinks;
import org.cjmstudio.diagram.evidence.LinkEvidenceAction;
import org.cjmstudio.diagram.problems.ProblemMarkers;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Interview;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ide.IDE;
import java.io.InputStream;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;

/**
 * Given the B2B sample with barriers that cite no evidence, the Problems view lists them, and opening such a problem
 * (what a double click does) selects the barrier's card in the editor; citing evidence clears the problem.
 */
class ProblemsViewTest {

	@Test
	void openingAProblemSelectsItsCardAndFixingItClearsIt() throws Exception {
		IFile file = WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, "problems-view");
		EditorDriver driver = EditorDriver.open(file);
		try {
			IMarker unsupportedBarrier = Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false,
					IResource.DEPTH_ZERO))
					.filter(marker -> "barrier.no-evidence".equals(marker.getAttribute(ProblemMarkers.RULE_ID, "")))
					.findFirst().orElseThrow();
			assertTrue(unsupportedBarrier.getAttribute(IMarker.MESSAGE, "").startsWith("Assumption: barrier '"));
			assertEquals(IMarker.SEVERITY_WARNING, unsupportedBarrier.getAttribute(IMarker.SEVERITY, -1));

			IDE.gotoMarker(driver.editor, unsupportedBarrier);
			driver.settle();

			Object selected = ((IStructuredSelection) driver.editor.getGraphicalViewer().getSelection())
					.getFirstElement();
			assertTrue(selected instanceof EditPart part && part.getModel() instanceof Barrier, "selected " + selected);
			Barrier barrier = (Barrier) ((EditPart) selected).getModel();
			assertEquals(unsupportedBarrier.getAttribute(ProblemMarkers.ELEMENT_ID, ""), barrier.getId());

			// The CX lead links the barrier to an interview (what Link Evidence... does on OK): the warning goes away,
			// in the editor and in the Problems view.
			ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);
			assertTrue(actions.getAction(LinkEvidenceAction.ID).isEnabled(), "Link Evidence... offered on a barrier");
			Interview interview = driver.editor.getMap().getStudies().get(0).getInterviews().get(0);
			assertTrue(EvidenceLinks.available(barrier).contains(interview));
			driver.editor.getEditingDomain().getCommandStack().execute(
					EvidenceLinks.cite(driver.editor.getEditingDomain(), barrier, List.of(interview)));
			driver.settle();
			assertTrue(Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.noneMatch(marker -> barrier.getId().equals(marker.getAttribute(ProblemMarkers.ELEMENT_ID, ""))),
					"the barrier's problem is gone once it cites evidence");
		} finally {
			driver.close();
		}
	}

	@Test
	void warningsShowTheWarningIconAndTheirWholeDescriptionOnHover() throws Exception {
		IFile file = WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, "problems-view-icons");
		EditorDriver driver = EditorDriver.open(file);
		try {
			IViewPart problems = driver.editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW);
			Tree tree = Widgets.all((Composite) problems.getSite().getService(MPart.class).getWidget(), Tree.class)
					.get(0);
			Display display = tree.getDisplay();
			Widgets.waitUntil(display, () -> tree.getItemCount() > 0, 20, "the Problems view to list the map's problems");
			TreeItem warnings = tree.getItem(0);
			Event expand = new Event(); // what a click on the group's arrow sends: the viewer fills the group
			expand.item = warnings;
			tree.notifyListeners(SWT.Expand, expand);
			warnings.setExpanded(true);
			driver.settle();
			TreeItem warning = warnings.getItem(0);

			assertSameImage(ideIcon("warn_tsk.png"), warning.getImage(), "a warning shows the platform's warning icon");

			Rectangle row = warning.getBounds(0);
			Event hover = new Event();
			hover.x = row.x + 10;
			hover.y = row.y + row.height / 2;
			tree.notifyListeners(SWT.MouseMove, hover);
			String toolTip = tree.getToolTipText();
			assertTrue(toolTip != null && toolTip.startsWith(warning.getText(0)), "tool tip " + toolTip);
			assertTrue(Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.anyMatch(marker -> toolTip.startsWith(marker.getAttribute(IMarker.MESSAGE, ""))),
					"the tool tip starts with a whole problem description: " + toolTip);
			Screenshots.capture(driver.editor.getSite().getShell(), "problems-view.png");
		} finally {
			driver.close();
		}
	}

	private static ImageData ideIcon(String name) throws Exception {
		try (InputStream in = Platform.getBundle("org.eclipse.ui.ide").getEntry("icons/full/obj16/" + name)
				.openStream()) {
			return new ImageData(in);
		}
	}

	private static void assertSameImage(ImageData expected, Image actual, String message) {
		assertTrue(actual != null, message + ": no image");
		ImageData shown = actual.getImageData();
		assertEquals(expected.width, shown.width, message);
		for (int y = 0; y < expected.height; y++) {
			for (int x = 0; x < expected.width; x++) {
				assertEquals(expected.palette.getRGB(expected.getPixel(x, y)), shown.palette.getRGB(shown.getPixel(x, y)),
						message + " (pixel " + x + "," + y + ")");
			}
		}
	}
}
