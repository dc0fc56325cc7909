package org.cjmstudio.edit.ui.properties.editors;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for a single value of an EMF data type (a name, a valence, a drop-off rate). It takes and gives the
 * typed value, and refuses text the data type cannot turn into a valid value, saying why.
 */
public final class DataTypeCellEditor extends TextCellEditor {

	private final DataTypeText dataType;

	public DataTypeCellEditor(Composite parent, DataTypeText dataType) {
		super(parent);
		this.dataType = dataType;
		setValidator(value -> forMessageFormat(
				dataType.problemWith(value instanceof String text ? text : dataType.toText(value))));
	}

	/** Only called while the text is valid: JFace returns {@code null} for an invalid value without asking. */
	@Override
	protected Object doGetValue() {
		return dataType.toValue((String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(dataType.toText(value));
	}

	/**
	 * TextCellEditor passes a validator's message through {@code MessageFormat} (to insert the typed text), so quotes
	 * and braces in it, which may come from the user's own text, must be escaped to reach the user unchanged.
	 */
	private static String forMessageFormat(String message) {
		return message == null ? null : message.replace("'", "''").replace("{", "'{'");
	}
}
