package org.cjmstudio.edit.ui.properties.editors;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A cell showing the first line of a value, with a "..." button opening a multi-line text dialog. Subclasses say
 * how the value reads as text and what is wrong with a text; the dialog keeps OK disabled until the text is valid.
 */
abstract class TextDialogCellEditor extends DialogCellEditor {

	private final String title;

	/**
	 * Builds no control yet: {@code DialogCellEditor} shows the value while it builds its control, which needs the
	 * subclass's fields. Subclasses call {@link #create(Composite)} last in their constructor.
	 */
	TextDialogCellEditor(String title) {
		this.title = title;
	}

	abstract String toText(Object value);

	/** Only called with a text {@link #problemWith(String)} accepted. */
	abstract Object toValue(String text);

	abstract String problemWith(String text);

	abstract String instructions();

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		MultiLineTextDialog dialog = new MultiLineTextDialog(cellEditorWindow.getShell(), title, instructions(),
				toText(getValue()), this::problemWith);
		return dialog.open() == Window.OK ? toValue(dialog.text()) : null;
	}

	@Override
	protected void updateContents(Object value) {
		Label label = getDefaultLabel();
		if (label != null) {
			label.setText(firstLine(toText(value)));
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end) + " \u2026";
	}
}
