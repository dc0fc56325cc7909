package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.SelectionRequest;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;

/** Given a map, a double click on a persona's chip in the persona band opens the persona editor on that persona. */
class OpenPersonaFromMapTest {

	@Test
	void doubleClickingAPersonaInTheBandOpensItsPortrait() throws Exception {
		EditorDriver driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "open-persona"));
		try {
			Persona second = driver.editor.getMap().getPersonas().get(1);
			SelectionRequest doubleClick = new SelectionRequest();
			doubleClick.setType(RequestConstants.REQ_OPEN);
			doubleClick.setLocation(driver.partOf(second).getFigure().getBounds().getCenter());
			driver.partOf(second).performRequest(doubleClick);
			driver.settle();

			IEditorPart active = driver.editor.getSite().getPage().getActiveEditor();
			assertTrue(active instanceof PersonaEditor, "active editor: " + active);
			assertEquals(second.getName(), active.getTitle());
			active.getSite().getPage().closeEditor(active, false);
		} finally {
			driver.close();
		}
	}
}
