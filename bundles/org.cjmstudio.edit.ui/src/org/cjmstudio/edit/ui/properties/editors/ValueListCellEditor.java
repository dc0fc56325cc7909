package org.cjmstudio.edit.ui.properties.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Edits a list whose members come from a fixed set, such as the interviews and studies that back a barrier (its
 * evidence): the cell lists the current members, and "..." opens a dialog with a checkbox per candidate.
 */
public final class ValueListCellEditor extends DialogCellEditor {

	private final List<Object> choices;
	private final ILabelProvider labels;
	private final String property;

	public ValueListCellEditor(Composite parent, List<?> choices, ILabelProvider labels, String property) {
		this.choices = Collections.unmodifiableList(new ArrayList<>(choices));
		this.labels = labels;
		this.property = property;
		create(parent); // last: DialogCellEditor shows the value (with our labels) while it builds its control
	}

	public List<Object> getChoices() {
		return choices;
	}

	/** The checked members in the order of the choices, as a new list; {@code null} (no change) on Cancel. */
	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ListSelectionDialog dialog = ListSelectionDialog.of(choices)
				.contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(labels)
				.preselect(members(getValue()).toArray())
				.title(property)
				.message("Choose the " + property.toLowerCase() + ":")
				.create(cellEditorWindow.getShell());
		if (dialog.open() != Window.OK) {
			return null;
		}
		return new ArrayList<>(Arrays.asList(dialog.getResult()));
	}

	@Override
	protected void updateContents(Object value) {
		Label label = getDefaultLabel();
		if (label != null) {
			label.setText(members(value).stream().map(labels::getText).collect(Collectors.joining(", ")));
		}
	}

	private static Collection<?> members(Object value) {
		return value instanceof Collection<?> list ? list : List.of();
	}
}
