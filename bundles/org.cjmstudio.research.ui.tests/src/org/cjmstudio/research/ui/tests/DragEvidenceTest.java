package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.ui.dnd.EvidenceDragSource;
import org.cjmstudio.research.ui.view.EvidenceGroup;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence dragged out of the Research view travels as the map editor's cards expect it: a LocalSelectionTransfer
 * whose selection holds the Quote, Insight, Interview or DataSource EObjects themselves, never folder rows.
 * <p>
 * The native drag itself is not driven: under Xvfb, a mouse press posted with {@code Display.post} reaches the GTK
 * tree with wrong coordinates, so GTK never starts a drag. The test checks the wiring (the tree's drag source, its
 * transfer and operations) and runs the source's own begin and end of a drag on the real tree selection.
 */
class DragEvidenceTest {

	private final ResearchDriver driver = new ResearchDriver();

	@AfterEach
	void closeTheMap() {
		driver.close();
	}

	@Test
	void aDraggedQuoteAndInsightTravelAsTheEObjectsThemselves() throws Exception {
		driver.open(ResearchDriver.newMap("research-drag", "Drag"));
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Returns");
		Interview interview = CjmFactory.eINSTANCE.createInterview();
		interview.setTitle("Interview 01");
		Quote quote = CjmFactory.eINSTANCE.createQuote();
		quote.setText("I don't have a printer.");
		interview.getQuotes().add(quote);
		study.getInterviews().add(interview);
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__STUDIES, study));
		Insight insight = CjmFactory.eINSTANCE.createInsight();
		insight.setTitle("Returns need a printer");
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__INSIGHTS, insight));

		DragSource source = (DragSource) driver.tree().getData(DND.DRAG_SOURCE_KEY);
		assertNotNull(source, "the tree is a drag source");
		assertEquals(List.of(LocalSelectionTransfer.getTransfer()), List.of(source.getTransfer()));
		assertEquals(EvidenceDragSource.OPERATIONS, source.getStyle() & (DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK),
				"link or copy, never move");
		EvidenceDragSource evidence = Arrays.stream(source.getDragListeners())
				.filter(EvidenceDragSource.class::isInstance).map(EvidenceDragSource.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("the Research view's drag listener is missing"));

		EvidenceGroup insights = EvidenceGroup.insightsOf(driver.map());
		driver.view.tree().setSelection(new StructuredSelection(List.of(quote, insights, insight)), true);
		assertTrue(evidence.begin(1), "a drag starts");
		IStructuredSelection carried = (IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection();
		assertEquals(List.of(quote, insight), carried.toList(), "the EObjects, without the folder row");
		evidence.end();
		assertNull(LocalSelectionTransfer.getTransfer().getSelection(), "the transfer is cleared after the drop");

		driver.view.tree().setSelection(new StructuredSelection(insights), true);
		assertFalse(evidence.begin(2), "a folder alone is not dragged");
	}
}
