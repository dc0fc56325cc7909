package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.testing.Screenshots;
import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Drives a journey map editor the way GEF's tools do: finds edit parts and figures, sends them requests and runs the
 * commands they answer with on the editor's command stack.
 */
final class EditorDriver {

	final JourneyMapEditor editor;

	private EditorDriver(JourneyMapEditor editor) {
		this.editor = editor;
	}

	static EditorDriver open(IFile file) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		assertTrue(part instanceof JourneyMapEditor, "opened " + part);
		EditorDriver driver = new EditorDriver((JourneyMapEditor) part);
		driver.settle();
		return driver;
	}

	void settle() {
		Screenshots.settle(editor.getSite().getShell().getDisplay());
		editor.getGraphicalViewer().flush();
	}

	/** Maximizes the editor and zooms out until the whole map shows, as for a picture of it. */
	void showWholeMap() {
		IWorkbenchPage page = editor.getSite().getPage();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
		zoom.setZoomAsText(ZoomManager.FIT_ALL);
		settle();
	}

	/** Closes the editor without saving, and leaves no maximized editor area behind for the next test. */
	void close() {
		IWorkbenchPage page = editor.getSite().getPage();
		if (page.getPartState(page.getReference(editor)) == IWorkbenchPage.STATE_MAXIMIZED) {
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		}
		page.closeEditor(editor, false);
	}

	GraphicalEditPart partOf(Object element) {
		Object part = editor.getGraphicalViewer().getEditPartRegistry().get(element);
		assertNotNull(part, "no edit part for " + element);
		return (GraphicalEditPart) part;
	}

	JourneyGridFigure grid() {
		return (JourneyGridFigure) partOf(editor.getMap()).getFigure();
	}

	/** The edit parts of a stage column's cards in one lane. */
	List<EditPart> cardsIn(Object stage, Lane lane) {
		GraphicalEditPart column = partOf(stage);
		List<EditPart> cards = new ArrayList<>();
		for (Object child : column.getChildren()) {
			EditPart card = (EditPart) child;
			IFigure figure = ((GraphicalEditPart) card).getFigure();
			if (lane == column.getContentPane().getLayoutManager().getConstraint(figure)) {
				cards.add(card);
			}
		}
		return cards;
	}

	/** A point in the middle of a lane of a stage column, in viewer coordinates (as a mouse drop would give). */
	Point pointIn(Object stage, Lane lane) {
		StageColumnFigure column = (StageColumnFigure) partOf(stage).getFigure();
		Rectangle bounds = column.laneBounds(lane).getCopy();
		column.translateToAbsolute(bounds);
		return bounds.getCenter();
	}

	/** Asks {@code target} for the command that answers {@code request} and runs it; fails if there is none. */
	void perform(EditPart target, Request request) {
		Command command = target.getCommand(request);
		assertNotNull(command, target + " refused " + request.getType());
		assertTrue(command.canExecute(), command.getLabel() + " cannot execute");
		editor.getGraphicalViewer().getEditDomain().getCommandStack().execute(command);
		settle();
	}
}
