package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.evidence.EvidenceLinkTool;
import org.cjmstudio.diagram.palette.JourneyMapPaletteFactory;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.junit.jupiter.api.Test;

/** The palette offers what a CX team draws: personas, stages, every kind of card, and evidence links. */
class PaletteTest {

	@Test
	void thePaletteOffersStagesCardsAndEvidenceLinks() {
		List<String> labels = new ArrayList<>();
		ToolEntry evidenceLink = null;
		for (Object drawer : JourneyMapPaletteFactory.create().getChildren()) {
			for (Object entry : ((PaletteContainer) drawer).getChildren()) {
				ToolEntry tool = (ToolEntry) entry;
				labels.add(tool.getLabel());
				if ("Evidence link".equals(tool.getLabel())) {
					evidenceLink = tool;
				}
			}
		}
		assertTrue(labels.containsAll(List.of("Persona", "Stage", "Step", "Touchpoint", "Emotion", "Barrier", "Opportunity",
				"Metric", "Evidence link")), labels.toString());
		assertEquals(EvidenceLinkTool.class, evidenceLink.createTool().getClass());
	}
}
