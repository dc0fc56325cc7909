package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.links.AddExternalLinkAction;
import org.cjmstudio.diagram.links.ExternalLinks;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

/** A knowledge engineer links a touchpoint to its Wikidata item; the link is part of the map and can be undone. */
class ExternalLinksTest {

	@Test
	void aTouchpointIsLinkedToAWikidataItemInOneUndoableStep() throws Exception {
		EditorDriver driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "external-links"));
		try {
			Touchpoint touchpoint = driver.editor.getMap().getStages().get(3).getTouchpoints().get(0);
			int before = touchpoint.getExternalLinks().size();
			driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(touchpoint)));
			driver.settle();
			ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);
			assertTrue(actions.getAction(AddExternalLinkAction.ID).isEnabled(), "offered on a selected card");

			CommandStack commands = driver.editor.getGraphicalViewer().getEditDomain().getCommandStack();
			commands.execute(new EmfCommand(ExternalLinks.add(
					driver.editor.getEditingDomain(), touchpoint, " https://www.wikidata.org/wiki/Q9158 ",
					LinkKind.EXACT_MATCH, "e-mail")));

			ExternalLink link = touchpoint.getExternalLinks().get(before);
			assertEquals("https://www.wikidata.org/wiki/Q9158", link.getTarget());
			assertEquals(LinkKind.EXACT_MATCH, link.getKind());
			assertNotNull(link.getId(), "a link is an element with its own id");
			commands.undo();
			assertEquals(before, touchpoint.getExternalLinks().size());
		} finally {
			driver.close();
		}
	}

	@Test
	void onlyAbsoluteAddressesAreAccepted() {
		assertNull(ExternalLinks.problemWith("https://www.wikidata.org/wiki/Q35127"));
		assertNull(ExternalLinks.problemWith("urn:crm:account:4711"));
		assertTrue(ExternalLinks.problemWith("wikidata Q35127").contains("not a valid address"));
		assertTrue(ExternalLinks.problemWith("/wiki/Q35127").contains("not an absolute address"));
		assertThrows(IllegalArgumentException.class,
				() -> ExternalLinks.add(null, null, "", LinkKind.SEE_ALSO, null));
	}
}
