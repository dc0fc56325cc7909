package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjmstudio.diagram.editor.ShowRelationLinesAction;
import org.cjmstudio.diagram.figures.RelationLinesLayer;
import org.cjmstudio.diagram.figures.RelationLinesLayer.Line;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst switches Relation Lines on from the map's context menu: a line joins each opportunity to every barrier
 * it addresses and every metric that measures it, leaving and entering the cards at their borders; the lines of the
 * selected opportunity are strong; the lines follow a change of the relations and its undo; the lines stay out of
 * pictures of the map; switched off, they are gone.
 */
class RelationLinesTest {

	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSampleWithoutLines() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "relation-lines"));
		map = driver.editor.getMap();
		if (action().isChecked()) { // an earlier test's choice is remembered, as a user's would be
			action().run();
			driver.settle();
		}
	}

	@AfterEach
	void switchOffAndClose() {
		if (action().isChecked()) {
			action().run();
		}
		driver.close();
	}

	@Test
	void linesJoinEachOpportunityToItsBarriersAndMetricsAndFollowTheSelection() throws Exception {
		assertTrue(layer().lines().isEmpty(), "off until the user asks for them");

		chooseRelationLinesInTheContextMenu();
		assertTrue(action().isChecked());
		assertEquals(expectedRelations(), drawnRelations(), "one line per relation between cards on the map");
		assertTrue(layer().lines().stream().noneMatch(Line::strong), "nothing selected: every line faint");
		for (Point[] segment : layer().segments()) {
			assertOnABorder(segment[0]);
			assertOnABorder(segment[1]);
		}

		Opportunity opportunity = opportunityWithBarriers();
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(opportunity)));
		driver.settle();
		IFigure card = driver.partOf(opportunity).getFigure();
		for (Line line : layer().lines()) {
			assertEquals(line.from() == card, line.strong(), "strong exactly when it starts at the selected card");
		}
		driver.showWholeMap();
		Screenshots.capture(driver.editor.getSite().getShell(), "relation-lines.png");

		MenuItem item = Menus.item(contextMenu(), "Relation Lines");
		assertTrue(item.getSelection(), "the context menu shows the lines are on");
		Menus.choose(item);
		driver.settle();
		assertFalse(action().isChecked());
		assertTrue(layer().lines().isEmpty(), "switched off, no line is left");
	}

	@Test
	void aRelationRemovedTakesItsLineAlongAndUndoBringsItBack() {
		chooseRelationLinesInTheContextMenu();
		Opportunity opportunity = opportunityWithBarriers();
		Barrier barrier = opportunity.getAddresses().get(0);
		int before = layer().lines().size();

		driver.editor.getEditingDomain().getCommandStack().execute(RemoveCommand.create(
				driver.editor.getEditingDomain(), opportunity, CjmPackage.Literals.OPPORTUNITY__ADDRESSES, barrier));
		driver.settle();
		assertEquals(before - 1, layer().lines().size());
		assertFalse(drawnRelations().contains(relation(opportunity, barrier)), "the line is gone with the relation");

		driver.editor.getEditingDomain().getCommandStack().undo();
		driver.settle();
		assertEquals(before, layer().lines().size());
		assertTrue(drawnRelations().contains(relation(opportunity, barrier)), "undo brings the line back");
	}

	@Test
	void theLinesAreAViewOptionNotPartOfTheMapsPicture() {
		LayerManager layers = (LayerManager) driver.editor.getGraphicalViewer().getEditPartRegistry()
				.get(LayerManager.ID);
		IFigure printable = layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
		for (IFigure parent = layer().getParent(); parent != null; parent = parent.getParent()) {
			assertFalse(parent == printable, "exports draw the printable layers only");
		}
		assertFalse(layer().containsPoint(layer().getBounds().getCenter()), "clicks go through to the cards");
	}

	private void chooseRelationLinesInTheContextMenu() {
		Menu menu = contextMenu();
		MenuItem item = Menus.item(menu, "Relation Lines");
		assertFalse(item.getSelection(), "the context menu shows the lines are off");
		Menus.choose(item);
		Menus.hide(menu);
		driver.settle();
	}

	private Set<String> expectedRelations() {
		Set<String> relations = new java.util.TreeSet<>();
		for (Opportunity opportunity : map.getOpportunities()) {
			if (opportunity.getStage() == null) {
				continue;
			}
			opportunity.getAddresses().stream().filter(barrier -> barrier.eContainer() instanceof org.cjmstudio.model.Stage)
					.forEach(barrier -> relations.add(relation(opportunity, barrier)));
			opportunity.getMetrics().stream().filter(metric -> metric.getStage() != null)
					.forEach(metric -> relations.add(relation(opportunity, metric)));
		}
		assertFalse(relations.isEmpty(), "the sample relates opportunities to barriers");
		return relations;
	}

	private Set<String> drawnRelations() {
		return layer().lines().stream().map(line -> relation(modelOf(line.from()), modelOf(line.to())))
				.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private Object modelOf(IFigure figure) {
		for (Object entry : driver.editor.getGraphicalViewer().getEditPartRegistry().values()) {
			if (entry instanceof org.eclipse.gef.GraphicalEditPart part && part.getFigure() == figure) {
				return part.getModel();
			}
		}
		throw new AssertionError("a line ends at a figure that is no card: " + figure);
	}

	private static String relation(Object from, Object to) {
		return org.eclipse.emf.ecore.util.EcoreUtil.getURI((org.eclipse.emf.ecore.EObject) from).fragment() + " -> "
				+ org.eclipse.emf.ecore.util.EcoreUtil.getURI((org.eclipse.emf.ecore.EObject) to).fragment();
	}

	/** A line end lies on the border of one of the cards it joins: not deep inside, not off in the blank. */
	private void assertOnABorder(Point end) {
		boolean onABorder = false;
		for (Line line : layer().lines()) {
			for (IFigure card : List.of(line.from(), line.to())) {
				Rectangle bounds = card.getBounds().getCopy();
				card.translateToAbsolute(bounds);
				layer().translateToRelative(bounds);
				if (bounds.getExpanded(2, 2).contains(end) && !bounds.getCopy().shrink(2, 2).contains(end)) {
					onABorder = true;
				}
			}
		}
		assertTrue(onABorder, end + " is on no card's border");
	}

	private Opportunity opportunityWithBarriers() {
		return map.getOpportunities().stream().filter(candidate -> candidate.getStage() != null
				&& candidate.getAddresses().stream().anyMatch(barrier -> barrier.eContainer() instanceof org.cjmstudio.model.Stage))
				.findFirst().orElseThrow();
	}

	private RelationLinesLayer layer() {
		LayerManager layers = (LayerManager) driver.editor.getGraphicalViewer().getEditPartRegistry()
				.get(LayerManager.ID);
		return (RelationLinesLayer) layers.getLayer(RelationLinesLayer.LAYER);
	}

	private IAction action() {
		return ((ActionRegistry) driver.editor.getAdapter(ActionRegistry.class)).getAction(ShowRelationLinesAction.ID);
	}

	private Menu contextMenu() {
		MenuManager manager = driver.editor.getGraphicalViewer().getContextMenu();
		Control control = driver.editor.getGraphicalViewer().getControl();
		Menu menu = control.getMenu() != null ? control.getMenu() : manager.createContextMenu(control);
		return Menus.shown(menu);
	}
}
