package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.evidence.CiteEvidencePolicy;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.core.resources.IFile;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.DND;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst drags research from a view onto the map (see {@link EvidenceDrag} for how the drag is made): a quote
 * and an insight dropped on a barrier are cited in one undoable step, with the card outlined while the pointer is on
 * it; a persona takes an interview the same way; a touchpoint refuses and says why, and so does a barrier offered
 * another map's research.
 */
class DropEvidenceOnCardsTest {

	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "drop-evidence"));
		map = driver.editor.getMap();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void aQuoteAndAnInsightDroppedOnABarrierAreCitedInOneUndoableStep() {
		Barrier barrier = LinkEvidenceDialogTest.barrier(map, "Tracking not updated for days");
		List<Evidence> before = List.copyOf(barrier.getEvidence());
		Quote quote = map.getStudies().get(0).getInterviews().get(6).getQuotes().get(0);
		Insight insight = map.getInsights().get(3);
		EvidenceDrag drag = new EvidenceDrag(driver.editor.getGraphicalViewer(), List.of(quote, insight));
		GraphicalEditPart card = driver.partOf(barrier);

		assertEquals(DND.DROP_LINK, drag.over(card), "the cursor says: link");
		assertTrue(((CiteEvidencePolicy) card.getEditPolicy(CiteEvidencePolicy.ROLE)).showsDropFeedback(),
				"the card under the pointer is outlined");
		assertEquals(DND.DROP_LINK, drag.drop(card));
		driver.settle();

		assertEquals(before.size() + 2, barrier.getEvidence().size());
		assertTrue(barrier.getEvidence().containsAll(List.of(quote, insight)));
		assertFalse(((CiteEvidencePolicy) card.getEditPolicy(CiteEvidencePolicy.ROLE)).showsDropFeedback(),
				"the outline goes with the drop");
		CommandStack commands = driver.editor.getEditingDomain().getCommandStack();
		assertEquals("Link Evidence to Barrier 'Tracking not updated for days'", commands.getUndoCommand().getLabel());
		commands.undo();
		assertEquals(before, barrier.getEvidence(), "one undo takes both citations back");
		assertFalse(commands.canUndo());
	}

	@Test
	void aPersonaTakesAnInterviewDroppedOnItsChip() {
		Persona lena = map.getPersonas().get(0);
		Interview interview = map.getStudies().get(0).getInterviews().stream()
				.filter(each -> !lena.getEvidence().contains(each)).findFirst().orElseThrow();
		EvidenceDrag drag = new EvidenceDrag(driver.editor.getGraphicalViewer(), List.of(interview));

		drag.over(driver.partOf(lena));
		assertEquals(DND.DROP_LINK, drag.drop(driver.partOf(lena)));
		assertTrue(lena.getEvidence().contains(interview));
	}

	@Test
	void aTouchpointAndAnotherMapsResearchAreRefusedWithTheReason() throws Exception {
		Touchpoint touchpoint = map.getStages().get(3).getTouchpoints().get(0);
		Interview interview = map.getStudies().get(0).getInterviews().get(0);
		EvidenceDrag drag = new EvidenceDrag(driver.editor.getGraphicalViewer(), List.of(interview));

		assertEquals(DND.DROP_NONE, drag.over(driver.partOf(touchpoint)), "the not-allowed cursor");
		assertTrue(statusLineShows("A touchpoint cannot cite evidence: drop research on a barrier, an emotion or a "
				+ "persona."), "the status line says why: " + statusLine());
		assertEquals(DND.DROP_NONE, drag.drop(driver.partOf(touchpoint)));
		assertFalse(driver.editor.isDirty(), "nothing changed");

		IFile other = WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, "drop-evidence-other");
		JourneyMap b2b = MapFiles.load(Path.of(other.getLocationURI()));
		Interview foreign = b2b.getStudies().get(0).getInterviews().get(0);
		Barrier barrier = LinkEvidenceDialogTest.barrier(map, "Tracking not updated for days");
		EvidenceDrag fromOtherMap = new EvidenceDrag(driver.editor.getGraphicalViewer(), List.of(foreign));
		assertEquals(DND.DROP_NONE, fromOtherMap.over(driver.partOf(barrier)));
		assertTrue(statusLineShows("Interview '" + foreign.getTitle() + "' is research of another map ('"
				+ b2b.getTitle() + "'): a card cites only its own map's research."), "the status line says why");
		assertEquals(DND.DROP_NONE, fromOtherMap.drop(driver.partOf(barrier)));
		assertFalse(barrier.getEvidence().contains(foreign));
		assertFalse(driver.editor.isDirty());
	}

	private List<String> statusLine() {
		return Widgets.all(driver.editor.getSite().getShell(), CLabel.class).stream().map(CLabel::getText).toList();
	}

	private boolean statusLineShows(String message) {
		driver.settle();
		return Widgets.all(driver.editor.getSite().getShell(), CLabel.class).stream()
				.anyMatch(label -> message.equals(label.getText()));
	}
}
