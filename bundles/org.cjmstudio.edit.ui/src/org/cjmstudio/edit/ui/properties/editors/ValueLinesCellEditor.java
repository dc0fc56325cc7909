package org.cjmstudio.edit.ui.properties.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.swt.widgets.Composite;

/**
 * Edits a list of free values, such as a persona's goals or pains, as text with one value a line: the quickest way
 * to paste a list from workshop notes. Blank lines are dropped.
 */
public final class ValueLinesCellEditor extends TextDialogCellEditor {

	private final DataTypeText dataType;

	public ValueLinesCellEditor(Composite parent, DataTypeText dataType, String title) {
		super(title);
		this.dataType = dataType;
		create(parent);
	}

	@Override
	String toText(Object value) {
		List<String> lines = new ArrayList<>();
		if (value instanceof Collection<?> values) {
			for (Object each : values) {
				lines.add(dataType.toText(each));
			}
		}
		return String.join("\n", lines);
	}

	/** A new list, so that the Properties view sees a change and the model's own list is not edited in place. */
	@Override
	Object toValue(String text) {
		List<Object> values = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				values.add(dataType.toValue(line.strip()));
			}
		}
		return values;
	}

	@Override
	String problemWith(String text) {
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			String problem = lines[i].isBlank() ? null : dataType.problemWith(lines[i].strip());
			if (problem != null) {
				return "Line " + (i + 1) + ": " + problem;
			}
		}
		return null;
	}

	@Override
	String instructions() {
		return dataType.property() + ", one a line:";
	}
}
