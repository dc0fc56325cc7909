package org.cjmstudio.edit.ui.properties.editors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only combo over a fixed list of values: a severity's literals, yes/no, the steps a barrier may be tied to.
 * It takes and gives the values themselves rather than JFace's item index. {@code null} may be one of the choices
 * (an optional reference left empty), which is why this is index-based rather than a combo viewer.
 */
public final class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> choices;
	private Object shownValue;

	public ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels) {
		super(parent, labelsOf(choices, labels), SWT.READ_ONLY);
		this.choices = Collections.unmodifiableList(new ArrayList<>(choices));
	}

	public List<Object> getChoices() {
		return choices;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		// A current value that is not among the choices (e.g. a step outside this map) stays as it is.
		return index >= 0 && index < choices.size() ? choices.get(index) : shownValue;
	}

	@Override
	protected void doSetValue(Object value) {
		shownValue = value;
		super.doSetValue(choices.indexOf(value));
	}

	private static String[] labelsOf(List<?> choices, ILabelProvider labels) {
		return choices.stream().map(labels::getText).toArray(String[]::new);
	}
}
