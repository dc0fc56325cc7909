package org.cjmstudio.edit.ui.properties.editors;

import org.eclipse.swt.widgets.Composite;

/** Edits a single multi-line value, such as a stage's description or a barrier's drop-off note, in a dialog. */
public final class MultiLineTextCellEditor extends TextDialogCellEditor {

	private final DataTypeText dataType;

	public MultiLineTextCellEditor(Composite parent, DataTypeText dataType, String title) {
		super(title);
		this.dataType = dataType;
		create(parent);
	}

	@Override
	String toText(Object value) {
		return dataType.toText(value);
	}

	@Override
	Object toValue(String text) {
		return dataType.toValue(text);
	}

	@Override
	String problemWith(String text) {
		return dataType.problemWith(text);
	}

	@Override
	String instructions() {
		return dataType.property() + ":";
	}
}
