package org.cjmstudio.persona.fields;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;

/**
 * Starts editing a table cell on a double-click (or from code), never on a single click, so that rows can be
 * selected for Remove without starting to edit them.
 */
public final class EditOnDoubleClick extends ColumnViewerEditorActivationStrategy {

	public EditOnDoubleClick(ColumnViewer viewer) {
		super(viewer);
	}

	@Override
	protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
		return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
				|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
	}
}
