package org.cjmstudio.diagram.parts;

import java.util.function.Supplier;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.CellEditorActionHandler;

/**
 * Renames an element in place: a text box over the card (or the stage name), filled with the current name. Enter
 * commits through the part's direct-edit policy (one undoable command); Escape cancels. While the text box is open,
 * Select All, Cut, Copy, Paste and Delete work on its text, not on the map (Ctrl+A selects the name, not every card).
 */
final class NameEditManager extends DirectEditManager {

	/** The map's actions the text box takes over while it is open, and gives back when it closes. */
	private static final String[] TEXT_ACTIONS = { ActionFactory.CUT.getId(), ActionFactory.COPY.getId(),
			ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(),
			ActionFactory.FIND.getId(), ActionFactory.UNDO.getId(), ActionFactory.REDO.getId() };

	private final EAttribute attribute;
	private CellEditorActionHandler textActions;

	NameEditManager(GraphicalEditPart part, EAttribute attribute, Supplier<Rectangle> area) {
		super(part, TextCellEditor.class, new AreaLocator(part.getFigure(), area), attribute);
		this.attribute = attribute;
	}

	@Override
	protected CellEditor createCellEditorOn(org.eclipse.swt.widgets.Composite composite) {
		return new TextCellEditor(composite, SWT.SINGLE);
	}

	@Override
	protected void initCellEditor() {
		Object name = ((org.eclipse.emf.ecore.EObject) getEditPart().getModel()).eGet(attribute);
		getCellEditor().setValue(name == null ? "" : name.toString());
		((Text) getCellEditor().getControl()).selectAll();
		IActionBars bars = actionBars();
		if (bars != null) {
			textActions = new CellEditorActionHandler(bars);
			textActions.addCellEditor(getCellEditor());
			bars.updateActionBars();
		}
	}

	@Override
	protected void bringDown() {
		if (textActions != null) {
			textActions.dispose();
			textActions = null;
			giveTheMapItsActionsBack();
		}
		super.bringDown();
	}

	/**
	 * Gives Select All, Delete, Undo & co. back to the map. Disposing the text box's handler does not: it leaves its
	 * own (now idle) handlers in the action bars, and Undo stayed greyed out after a rename until the next command.
	 */
	private void giveTheMapItsActionsBack() {
		IActionBars bars = actionBars();
		if (bars != null && editor().getAdapter(ActionRegistry.class) instanceof ActionRegistry actions) {
			for (String id : TEXT_ACTIONS) {
				bars.setGlobalActionHandler(id, actions.getAction(id));
			}
			bars.updateActionBars();
		}
	}

	private IActionBars actionBars() {
		IEditorPart editor = editor();
		return editor == null ? null : editor.getEditorSite().getActionBars();
	}

	/** The map editor the renamed element is shown in, or null outside one (a bare viewer in a test). */
	private IEditorPart editor() {
		return getEditPart().getViewer().getEditDomain() instanceof DefaultEditDomain domain ? domain.getEditorPart()
				: null;
	}

	/** Places the text box over an area of the figure, following zoom and scrolling. */
	private record AreaLocator(IFigure figure, Supplier<Rectangle> area) implements CellEditorLocator {

		@Override
		public void relocate(CellEditor editor) {
			Rectangle bounds = area.get().getCopy();
			figure.translateToAbsolute(bounds);
			Text text = (Text) editor.getControl();
			int height = Math.max(bounds.height, text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
			text.setBounds(bounds.x, bounds.y, Math.max(bounds.width, 80), Math.min(height, 40));
		}
	}
}
