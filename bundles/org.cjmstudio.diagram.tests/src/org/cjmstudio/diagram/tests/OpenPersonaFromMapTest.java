package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.diagram.figures.GridMetrics;
import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.SelectionRequest;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;

/** Given a map, a double click on a persona's name in the header opens the persona editor on that persona. */
class OpenPersonaFromMapTest {

	@Test
	void doubleClickingAPersonaInTheHeaderOpensItsPortrait() throws Exception {
		EditorDriver driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "open-persona"));
		try {
			Persona second = driver.editor.getMap().getPersonas().get(1);
			Rectangle header = driver.grid().laneHeader().getBounds();
			int lineHeight = FigureUtilities.getFontMetrics(driver.grid().laneHeader().getFont()).getHeight();
			Point onSecondName = new Point(header.x + 20,
					header.y + GridMetrics.PHASE_BAND_HEIGHT + 2 + lineHeight + lineHeight / 2);
			assertEquals(1, driver.grid().laneHeader().personaAt(onSecondName), "the second line is the second persona");
			driver.grid().laneHeader().translateToAbsolute(onSecondName);

			SelectionRequest doubleClick = new SelectionRequest();
			doubleClick.setType(RequestConstants.REQ_OPEN);
			doubleClick.setLocation(onSecondName);
			driver.partOf(driver.editor.getMap()).performRequest(doubleClick);
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
