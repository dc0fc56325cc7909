package org.cjmstudio.diagram.parts;

import java.util.function.Supplier;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Renames an element in place: a text box over the card (or the stage name), filled with the current name. Enter
 * commits through the part's direct-edit policy (one undoable command); Escape cancels.
 */
final class NameEditManager extends DirectEditManager {

	private final EAttribute attribute;

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
