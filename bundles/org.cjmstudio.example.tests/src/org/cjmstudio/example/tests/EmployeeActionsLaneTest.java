package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.example.blueprint.BlueprintPackage;
import org.cjmstudio.example.blueprint.EmployeeAction;
import org.cjmstudio.model.Stage;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the example plugin installed, the map editor shows its "Employee actions" lane below Touchpoints in every
 * stage, and the palette's "Employee action" tool creates one in the stage it is dropped on, in one undoable step.
 */
class EmployeeActionsLaneTest {

	private static final String LANE_ID = "org.cjmstudio.example.employee-actions";

	private JourneyMapEditor editor;

	/** Errors the workbench logs meanwhile: a lane figure that fails to paint is only logged, never thrown here. */
	private final List<IStatus> errors = new CopyOnWriteArrayList<>();
	private final ILogListener logged = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR) {
			errors.add(status);
		}
	};

	@BeforeEach
	void openTheB2cSample() throws Exception {
		Platform.addLogListener(logged);
		IFile file = WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "employee-actions-lane");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (JourneyMapEditor) IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		settle();
	}

	@AfterEach
	void closeWithoutSaving() {
		editor.getSite().getPage().closeEditor(editor, false);
		Platform.removeLogListener(logged);
		assertEquals(List.of(), errors, "the map is drawn without errors");
	}

	private void settle() {
		Screenshots.settle(editor.getSite().getShell().getDisplay());
		editor.getGraphicalViewer().flush();
	}

	private static Lane employeeActions() {
		return Lane.values().stream().filter(lane -> lane.id().equals(LANE_ID)).findFirst().orElseThrow();
	}

	private GraphicalEditPart partOf(Object element) {
		GraphicalEditPart part = (GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(element);
		assertNotNull(part, "no edit part for " + element);
		return part;
	}

	@Test
	void theLaneComesBetweenTouchpointsAndEmotions() {
		List<Lane> lanes = Lane.values();

		assertEquals(lanes.indexOf(Lane.TOUCHPOINTS) + 1, lanes.indexOf(employeeActions()), lanes.toString());
		assertEquals(lanes.indexOf(Lane.EMOTIONS) - 1, lanes.indexOf(employeeActions()));
		assertEquals("Employee actions", employeeActions().title());
		assertEquals(BlueprintPackage.EMPLOYEE_ACTION, employeeActions().cardType());
		for (Stage stage : editor.getMap().getStages()) {
			StageColumnFigure column = (StageColumnFigure) partOf(stage).getFigure();
			Rectangle lane = column.laneBounds(employeeActions());
			assertTrue(lane.height > 0 && lane.y > column.laneBounds(Lane.TOUCHPOINTS).y
					&& lane.y < column.laneBounds(Lane.EMOTIONS).y, stage.getName() + ": " + lane);
		}
	}

	@Test
	void thePaletteToolCreatesAnEmployeeActionInTheStage() throws Exception {
		Stage purchase = editor.getMap().getStages().get(3);
		CommandStack commands = editor.getGraphicalViewer().getEditDomain().getCommandStack();

		CreateRequest create = new CreateRequest();
		create.setFactory(PaletteTools.factory("Employee action"));
		create.setLocation(pointIn(purchase, employeeActions()));
		Command command = partOf(purchase).getCommand(create);
		assertNotNull(command, "the lane accepts its own cards");
		commands.execute(command);
		settle();

		assertEquals(1, purchase.getLaneCards().size());
		EmployeeAction added = assertInstanceOf(EmployeeAction.class, purchase.getLaneCards().get(0));
		assertEquals("New employee action", added.getName());
		assertNotNull(added.getId(), "a card gets its id when it joins the map");
		CardFigure card = (CardFigure) partOf(added).getFigure();
		assertTrue(card.isShowing());
		assertTrue(partOf(purchase).getFigure().getBounds().contains(card.getBounds().getCenter())
				&& ((StageColumnFigure) partOf(purchase).getFigure()).laneBounds(employeeActions())
						.contains(card.getBounds().getCenter()), "drawn in its lane");
		assertEquals("Create Employee Action", commands.getUndoCommand().getLabel());
		// back stage: the lane's figure (BackStageOutline) draws it dashed, its text says so
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), added,
				BlueprintPackage.EMPLOYEE_ACTION__BACK_STAGE, true));
		settle();
		assertEquals("back stage", ((CardFigure) partOf(added).getFigure()).getDetail());
		editor.getGraphicalViewer().reveal(partOf(added));
		settle();
		Screenshots.capture(editor.getSite().getShell(), "employee-actions-lane.png");

		CreateRequest wrongLane = new CreateRequest();
		wrongLane.setFactory(PaletteTools.factory("Employee action"));
		wrongLane.setLocation(pointIn(purchase, Lane.BARRIERS));
		assertNull(partOf(purchase).getCommand(wrongLane), "an employee action is not a barrier");

		commands.undo();
		commands.undo();
		settle();
		assertEquals(0, purchase.getLaneCards().size());
	}

	private Point pointIn(Stage stage, Lane lane) {
		StageColumnFigure column = (StageColumnFigure) partOf(stage).getFigure();
		Rectangle bounds = column.laneBounds(lane).getCopy();
		column.translateToAbsolute(bounds);
		return bounds.getCenter();
	}
}
