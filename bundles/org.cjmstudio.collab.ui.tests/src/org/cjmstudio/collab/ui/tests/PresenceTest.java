package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.collab.client.Presence;
import org.cjmstudio.collab.ui.live.TeamStatusLine;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.presence.Colleagues;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.draw2d.Label;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

/**
 * Lena and Omar have the same team map open: her status line says Omar is here, the card he selects is outlined in
 * his colour with his name in its tool tip within a second, the outline follows his selection, he sees what she
 * selects, and when he closes the map he is gone from her editor within a second.
 */
class PresenceTest extends OmarSharesTheB2cSample {

	@Test
	void lenaSeesWhoElseIsHereAndWhichCardTheyHaveSelected() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		Widgets.waitUntil(display, () -> TeamStatusLine.presenceOf(editor).equals("Also here: omar"), 20,
				"the status line to say Omar is here (it says '" + TeamStatusLine.presenceOf(editor) + "')");
		Touchpoint touchpoint = SecondWorkbench.touchpoint(editor.getMap(), 0);
		assertEquals(List.of(), card(editor, touchpoint).getSelectedBy(), "Omar has nothing selected yet");

		long selected = System.nanoTime();
		omar.select(map -> SecondWorkbench.touchpoint(map, 0));
		Widgets.waitUntil(display, () -> card(editor, touchpoint).getSelectedBy().equals(List.of("omar")), 10,
				"the card Omar selected to be outlined in Lena's editor");
		long millis = (System.nanoTime() - selected) / 1_000_000;
		System.out.println("PresenceTest: Omar's selection showed in Lena's editor after " + millis + " ms");
		assertTrue(millis < 1000, "Omar's selection took " + millis + " ms to show");
		CardFigure card = card(editor, touchpoint);
		assertEquals(Colleagues.colourOf("omar"), card.getSelectedByColour(), "the outline has Omar's colour");
		assertTrue(((Label) card.getToolTip()).getText().endsWith("omar has this card selected."),
				((Label) card.getToolTip()).getText());
		assertEquals(1, cardsSelectedByOthers(editor), "one card is outlined");
		Screenshots.capture(window.getShell(), "team-presence.png");

		omar.select(PresenceTest::firstBarrier);
		Barrier barrier = firstBarrier(editor.getMap());
		Widgets.waitUntil(display, () -> card(editor, barrier).getSelectedBy().equals(List.of("omar")), 10,
				"the outline to follow Omar to the barrier");
		assertEquals(List.of(), card(editor, touchpoint).getSelectedBy(), "the touchpoint is no longer outlined");
		assertEquals(1, cardsSelectedByOthers(editor));

		editor.getGraphicalViewer().setSelection(new StructuredSelection(editor.getGraphicalViewer()
				.getEditPartRegistry().get(touchpoint)));
		Widgets.waitUntil(display, () -> omar.others().equals(List.of(new Presence("lena", touchpoint.getId()))), 10,
				"Omar's workbench to see Lena's selection (it sees " + omar.others() + ")");
		assertEquals(List.of(), card(editor, touchpoint).getSelectedBy(), "Lena's own selection is not outlined");

		long left = System.nanoTime();
		omar.close();
		Widgets.waitUntil(display, () -> TeamStatusLine.presenceOf(editor).isEmpty()
				&& cardsSelectedByOthers(editor) == 0, 10, "Omar to be gone from Lena's editor");
		millis = (System.nanoTime() - left) / 1_000_000;
		System.out.println("PresenceTest: Omar was gone from Lena's editor " + millis + " ms after he closed the map");
		assertTrue(millis < 1000, "Omar's leaving took " + millis + " ms to show");
		assertEquals("", TeamStatusLine.presenceOf(editor));
	}

	private static Barrier firstBarrier(JourneyMap map) {
		return map.getStages().stream().flatMap(stage -> stage.getBarriers().stream()).findFirst().orElseThrow();
	}

	private static CardFigure card(JourneyMapEditor editor, Object element) {
		return (CardFigure) ((GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(element))
				.getFigure();
	}

	private static long cardsSelectedByOthers(JourneyMapEditor editor) {
		return editor.getGraphicalViewer().getEditPartRegistry().values().stream()
				.filter(part -> part instanceof GraphicalEditPart graphical
						&& graphical.getFigure() instanceof CardFigure card && !card.getSelectedBy().isEmpty())
				.count();
	}
}
