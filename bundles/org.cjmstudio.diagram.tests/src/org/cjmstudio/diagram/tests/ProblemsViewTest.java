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
}
