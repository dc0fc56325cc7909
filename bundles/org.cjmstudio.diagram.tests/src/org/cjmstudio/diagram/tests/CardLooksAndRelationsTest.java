package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.diagram.cards.CardLooks;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.Label;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team makes the map its own: colours cards from the context menu, sees a touchpoint's screenshot on its card (and
 * a note when the image file is missing); selecting an opportunity outlines the barriers it addresses and its
 * metrics, selecting a barrier the opportunities that address it.
 */
class CardLooksAndRelationsTest {

	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "card-looks"));
		map = driver.editor.getMap();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void twoCardsColouredYellowFromTheContextMenuInOneUndoableStep() {
		Step first = map.getStages().get(0).getSteps().get(0);
		Step second = map.getStages().get(0).getSteps().get(1);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(
				List.of(driver.partOf(first), driver.partOf(second))));
		driver.settle();

		Menu contextMenu = contextMenu();
		Menu colours = Menus.shown(Menus.item(contextMenu, "Card Colour").getMenu());
		assertTrue(Menus.labels(colours).containsAll(List.of("Yellow", "Green", "Custom...", "Kind's Colour")),
				Menus.labels(colours).toString());
		Menus.choose(Menus.item(colours, "Yellow"));
		Menus.hide(colours);
		Menus.hide(contextMenu);
		driver.settle();

		assertEquals("#fff3bf", first.getColor());
		assertEquals("#fff3bf", second.getColor());
		assertEquals(new RGB(0xff, 0xf3, 0xbf), ((CardFigure) driver.partOf(first).getFigure()).getTeamColor().getRGB());
		driver.editor.getEditingDomain().getCommandStack().undo();
		driver.settle();
		assertNull(first.getColor());
		assertNull(second.getColor());
		assertNull(((CardFigure) driver.partOf(first).getFigure()).getTeamColor(), "the card is white again");
	}

	@Test
	void aTouchpointShowsItsScreenshotAndSaysWhenTheFileIsMissing() {
		Touchpoint checkout = map.getStages().get(3).getTouchpoints().get(0);
		CardFigure card = (CardFigure) driver.partOf(checkout).getFigure();
		assertTrue(card.showsPicture(), "the sample's checkout touchpoint shows its screenshot");

		driver.editor.getEditingDomain().getCommandStack().execute(CardLooks.image(driver.editor.getEditingDomain(),
				checkout, "images/no-such-screenshot.png"));
		driver.settle();
		assertFalse(card.showsPicture());
		assertTrue(card.getChildren().stream().anyMatch(child -> child instanceof Label label && label.isVisible()
				&& label.getText().equals("Image not found: no-such-screenshot.png")), "the card says what is wrong");
	}

	@Test
	void anOpportunityOutlinesTheBarriersItAddressesAndABarrierItsOpportunities() {
		Opportunity opportunity = map.getOpportunities().stream()
				.filter(candidate -> !candidate.getAddresses().isEmpty() && candidate.getStage() != null)
				.findFirst().orElseThrow();
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(opportunity)));
		driver.settle();
		for (Barrier barrier : opportunity.getAddresses()) {
			assertTrue(((CardFigure) driver.partOf(barrier).getFigure()).isRelated(), barrier.getName());
		}
		opportunity.getMetrics().stream().filter(metric -> metric.getStage() != null).forEach(metric -> assertTrue(
				((CardFigure) driver.partOf(metric).getFigure()).isRelated(), metric.getName()));

		Barrier barrier = opportunity.getAddresses().get(0);
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(barrier)));
		driver.settle();
		assertTrue(((CardFigure) driver.partOf(opportunity).getFigure()).isRelated(), "and back");

		driver.editor.getGraphicalViewer().setSelection(StructuredSelection.EMPTY);
		driver.settle();
		assertFalse(((CardFigure) driver.partOf(opportunity).getFigure()).isRelated(), "nothing selected, nothing outlined");
	}

	private Menu contextMenu() {
		MenuManager manager = driver.editor.getGraphicalViewer().getContextMenu();
		Control control = driver.editor.getGraphicalViewer().getControl();
		Menu menu = control.getMenu() != null ? control.getMenu() : manager.createContextMenu(control);
		return Menus.shown(menu);
	}
}
