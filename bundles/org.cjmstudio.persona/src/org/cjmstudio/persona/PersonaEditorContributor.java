package org.cjmstudio.persona;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Undo and Redo (Edit menu, tool bar, Ctrl+Z, Ctrl+Y) to the active persona editor. All
 * persona editors share one set of action bars, so the handlers are set each time another one becomes active.
 */
public final class PersonaEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (part instanceof PersonaEditor editor) {
			IActionBars bars = getActionBars();
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getUndoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getRedoAction());
			bars.updateActionBars();
		}
	}
}
