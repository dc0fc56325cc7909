package org.cjmstudio.research.ui.view;

import java.util.Objects;
import java.util.function.Supplier;

import org.cjmstudio.model.Evidence;
import org.cjmstudio.research.ui.actions.ResearchCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.widgets.Item;

/**
 * Renaming in the tree: a text box over the row, opened by F2 or right after New..., never by a click (a click
 * selects, as in the Outline). Enter or leaving the box renames in one command; Escape keeps the old name.
 */
final class InPlaceRename {

	private static final String NAME = "name";

	private final TreeViewer viewer;
	private final TextCellEditor textBox;

	/** @param openedOrClosed told when the text box opens or closes (the Delete key changes meaning) */
	InPlaceRename(TreeViewer viewer, Supplier<OpenMap> openMap, Runnable openedOrClosed) {
		this.viewer = viewer;
		this.textBox = new TextCellEditor(viewer.getTree());
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.DEFAULT);
		viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
			@Override
			public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
				// nothing to do before
			}

			@Override
			public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
				openedOrClosed.run();
			}

			@Override
			public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				// nothing to do before
			}

			@Override
			public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				openedOrClosed.run();
			}
		});
		viewer.setColumnProperties(new String[] { NAME });
		viewer.setCellEditors(new CellEditor[] { textBox });
		viewer.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return element instanceof Evidence && openMap.get() != null;
			}

			@Override
			public Object getValue(Object element, String property) {
				return ResearchCommands.nameOf((Evidence) element);
			}

			@Override
			public void modify(Object item, String property, Object value) {
				Object element = item instanceof Item row ? row.getData() : item;
				OpenMap open = openMap.get();
				if (!(element instanceof Evidence evidence) || open == null || !(value instanceof String name)
						|| name.isBlank() || Objects.equals(name, ResearchCommands.nameOf(evidence))) {
					return;
				}
				Command rename = ResearchCommands.rename(open.domain(), evidence, name.strip());
				if (rename.canExecute()) {
					open.domain().getCommandStack().execute(rename);
				}
			}
		});
	}

	void start(Evidence element) {
		viewer.editElement(element, 0);
	}

	boolean isOpen() {
		return viewer.isCellEditorActive();
	}

	/** The text box, while it is open: Delete and Select All then act on its text, not on the tree. */
	TextCellEditor textBox() {
		return textBox;
	}
}
