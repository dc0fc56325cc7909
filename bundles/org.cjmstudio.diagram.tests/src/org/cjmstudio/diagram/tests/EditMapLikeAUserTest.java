package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.palette.JourneyMapPaletteFactory;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CX lead edits the B2C sample in the diagram: adds a touchpoint from the palette, drags a barrier to another
 * stage, renames a step in place and deletes a card. Undoing everything gives back the map as it was; redoing and
 * saving writes exactly what the editor shows.
 */
class EditMapLikeAUserTest {

	private IFile file;
	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		file = WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "edit-like-a-user");
		driver = EditorDriver.open(file);
		map = driver.editor.getMap();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void everyGestureIsUndoneAndRedoneThroughOneCommandStack() throws Exception {
		JourneyMap original = EcoreUtil.copy(map);
		CommandStack commands = driver.editor.getGraphicalViewer().getEditDomain().getCommandStack();
		Stage search = map.getStages().get(1);
		Stage purchase = map.getStages().get(3);

		// 1. A new touchpoint from the palette, dropped into the touchpoint lane of "information search".
		CreateRequest create = new CreateRequest();
		create.setFactory(paletteFactory("Touchpoint"));
		create.setLocation(driver.pointIn(search, Lane.TOUCHPOINTS));
		driver.perform(driver.partOf(search), create);
		Touchpoint added = search.getTouchpoints().get(search.getTouchpoints().size() - 1);
		assertEquals("New touchpoint", added.getName());
		assertNotNull(added.getId(), "a card gets its id when it joins the map");
		assertTrue(driver.cardsIn(search, Lane.TOUCHPOINTS).stream().anyMatch(part -> part.getModel() == added));

		// A touchpoint cannot be dropped into the barrier lane.
		CreateRequest wrongLane = new CreateRequest();
		wrongLane.setFactory(paletteFactory("Touchpoint"));
		wrongLane.setLocation(driver.pointIn(search, Lane.BARRIERS));
		assertNull(driver.partOf(search).getCommand(wrongLane));

		// 2. A barrier of "purchase" dragged into the barrier lane of "information search".
		Barrier barrier = purchase.getBarriers().get(0);
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
		move.setEditParts(driver.partOf(barrier));
		move.setLocation(driver.pointIn(search, Lane.BARRIERS));
		driver.perform(driver.partOf(search), move);
		assertEquals(search, barrier.eContainer());
		assertTrue(driver.cardsIn(search, Lane.BARRIERS).stream().anyMatch(part -> part.getModel() == barrier));

		// 3. The first step of "purchase" renamed in place.
		EditPart step = driver.partOf(purchase.getSteps().get(0));
		DirectEditRequest rename = new DirectEditRequest();
		TextCellEditor text = new TextCellEditor((Composite) driver.editor.getGraphicalViewer().getControl());
		text.setValue("Pays with one click");
		rename.setCellEditor(text);
		driver.perform(step, rename);
		text.dispose();
		assertEquals("Pays with one click", purchase.getSteps().get(0).getName());

		// 4. The new touchpoint deleted again.
		GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
		delete.setEditParts(driver.partOf(added));
		driver.perform(driver.partOf(added), delete);
		assertFalse(search.getTouchpoints().contains(added));
		assertTrue(driver.editor.isDirty());

		// Undo everything: the map is what it was.
		for (int i = 0; i < 4; i++) {
			assertTrue(commands.canUndo(), "undo " + (i + 1));
			commands.undo();
		}
		driver.settle();
		assertTrue(EcoreUtil.equals(original, map), "undo must restore the original map");
		assertFalse(driver.editor.isDirty(), "back at the saved state");
		assertEquals(purchase, barrier.eContainer());

		// Redo everything and save: the file holds what the editor shows.
		for (int i = 0; i < 4; i++) {
			commands.redo();
		}
		driver.settle();
		assertEquals(search, barrier.eContainer());
		driver.editor.doSave(null);
		assertFalse(driver.editor.isDirty());
		JourneyMap reopened = MapFiles.load(Path.of(file.getLocationURI()));
		assertTrue(EcoreUtil.equals(map, reopened), "the saved file differs from the editor's map");
		assertEquals("Pays with one click", reopened.getStages().get(3).getSteps().get(0).getName());
	}

	@Test
	void aStageColumnIsReorderedByDraggingIt() {
		List<Stage> before = List.copyOf(map.getStages());
		EditPart need = driver.partOf(before.get(0));
		ChangeBoundsRequest drag = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		drag.setEditParts(need);
		drag.setLocation(driver.pointIn(before.get(2), Lane.STEPS).getTranslated(60, 0));

		// Over another column, the drop target is the map, which orders the columns.
		assertEquals(driver.partOf(map), driver.partOf(before.get(2)).getTargetEditPart(drag));
		driver.perform(need, drag);

		assertEquals(List.of(before.get(1), before.get(2), before.get(0)), map.getStages().subList(0, 3));
		driver.editor.getGraphicalViewer().getEditDomain().getCommandStack().undo();
		assertEquals(before, map.getStages());
	}

	@Test
	void aCopiedBarrierIsPastedIntoAnotherStageAsANewCard() {
		Stage purchase = map.getStages().get(3);
		Stage usage = map.getStages().get(4);
		Barrier original = purchase.getBarriers().get(0);
		int barriersBefore = usage.getBarriers().size();
		ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);

		select(driver.partOf(original));
		IAction copy = actions.getAction(ActionFactory.COPY.getId());
		assertTrue(copy.isEnabled(), "Copy is enabled on a selected card");
		copy.run();
		select(driver.partOf(usage));
		IAction paste = actions.getAction(ActionFactory.PASTE.getId());
		assertTrue(paste.isEnabled(), "Paste is enabled on a selected stage");
		paste.run();
		paste.run();
		driver.settle();

		assertEquals(barriersBefore + 2, usage.getBarriers().size());
		Barrier pasted = usage.getBarriers().get(barriersBefore);
		assertEquals(original.getName(), pasted.getName());
		assertEquals(original.getEvidence(), pasted.getEvidence(), "the copy cites the same evidence");
		assertNotNull(pasted.getId());
		assertFalse(pasted.getId().equals(original.getId()), "a pasted card is a new element with its own id");
		assertFalse(pasted.getId().equals(usage.getBarriers().get(barriersBefore + 1).getId()));
		assertTrue(purchase.getBarriers().contains(original), "copying leaves the original where it was");

		driver.editor.getGraphicalViewer().getEditDomain().getCommandStack().undo();
		assertEquals(barriersBefore + 1, usage.getBarriers().size(), "each paste is one undoable step");
	}

	@Test
	void anOpportunityTakenOutOfItsStageIsCountedInTheLaneHeader() {
		Opportunity opportunity = map.getOpportunities().get(0);
		CommandStack commands = driver.editor.getGraphicalViewer().getEditDomain().getCommandStack();
		assertTrue(driver.grid().laneHeader().getUnplaced(Lane.OPPORTUNITIES).isEmpty());

		commands.execute(new EmfCommand(SetCommand.create(driver.editor.getEditingDomain(), opportunity,
				CjmPackage.Literals.OPPORTUNITY__STAGE, null)));
		driver.settle();

		assertEquals(List.of("opportunity '" + opportunity.getTitle() + "'"),
				driver.grid().laneHeader().getUnplaced(Lane.OPPORTUNITIES));
		assertNull(driver.editor.getGraphicalViewer().getEditPartRegistry().get(opportunity), "no card in any stage");
		commands.undo();
		driver.settle();
		assertTrue(driver.grid().laneHeader().getUnplaced(Lane.OPPORTUNITIES).isEmpty());
		assertNotNull(driver.editor.getGraphicalViewer().getEditPartRegistry().get(opportunity));
	}

	@Test
	void selectAllSelectsEveryCard() {
		ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);
		int cards = 0;
		for (Stage stage : map.getStages()) {
			cards += driver.partOf(stage).getChildren().size();
		}

		actions.getAction(ActionFactory.SELECT_ALL.getId()).run();

		List<?> selected = ((StructuredSelection) driver.editor.getGraphicalViewer().getSelection()).toList();
		assertEquals(cards, selected.size());
		assertTrue(selected.stream().noneMatch(part -> ((EditPart) part).getModel() instanceof Stage));
	}

	private void select(EditPart part) {
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(part));
		driver.settle();
	}

	private static CreationFactory paletteFactory(String label) {
		for (Object drawer : JourneyMapPaletteFactory.create().getChildren()) {
			for (Object entry : ((PaletteContainer) drawer).getChildren()) {
				if (entry instanceof CombinedTemplateCreationEntry tool && label.equals(tool.getLabel())) {
					return (CreationFactory) tool.getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY);
				}
			}
		}
		throw new AssertionError("no palette entry " + label);
	}
}
