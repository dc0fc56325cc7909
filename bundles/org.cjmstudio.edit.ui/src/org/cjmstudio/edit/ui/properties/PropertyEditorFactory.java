package org.cjmstudio.edit.ui.properties;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.cjmstudio.edit.ui.properties.editors.ChoiceCellEditor;
import org.cjmstudio.edit.ui.properties.editors.DataTypeCellEditor;
import org.cjmstudio.edit.ui.properties.editors.DataTypeText;
import org.cjmstudio.edit.ui.properties.editors.MultiLineTextCellEditor;
import org.cjmstudio.edit.ui.properties.editors.ValueLinesCellEditor;
import org.cjmstudio.edit.ui.properties.editors.ValueListCellEditor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;

/**
 * Picks the cell editor for one property from what its item property descriptor says about it:
 * <ul>
 * <li>a fixed set of choices (enum literals, elements a reference may point at): a combo, or for a list of them
 * (a barrier's evidence) a dialog with a checkbox per choice;</li>
 * <li>yes/no: a combo;</li>
 * <li>text and numbers: a text field that checks what is typed against the data type (a valence must be a whole
 * number from -3 to 3), or a dialog for multi-line text and for lists of values (a persona's goals, one a line).</li>
 * </ul>
 */
final class PropertyEditorFactory {

	private final Object element;
	private final IItemPropertyDescriptor itemDescriptor;
	private final ILabelProvider labels;

	PropertyEditorFactory(Object element, IItemPropertyDescriptor itemDescriptor, ILabelProvider labels) {
		this.element = element;
		this.itemDescriptor = itemDescriptor;
		this.labels = labels;
	}

	/** The editor, or {@code null} when the property cannot be edited here. */
	CellEditor create(Composite parent) {
		if (!itemDescriptor.canSetProperty(element)) {
			return null;
		}
		String name = itemDescriptor.getDisplayName(element);
		boolean many = itemDescriptor.isMany(element);
		Collection<?> choices = itemDescriptor.getChoiceOfValues(element);
		if (choices != null) {
			return many ? new ValueListCellEditor(parent, ordered(choices), labels, name)
					: new ChoiceCellEditor(parent, ordered(choices), labels);
		}
		if (!(itemDescriptor.getFeature(element) instanceof EAttribute attribute)
				|| !attribute.getEAttributeType().isSerializable()) {
			return null; // no text form a user could type
		}
		EDataType type = attribute.getEAttributeType();
		DataTypeText text = new DataTypeText(type, name);
		if (many) {
			return new ValueLinesCellEditor(parent, text, name);
		}
		if (type.getInstanceClass() == boolean.class) {
			return new ChoiceCellEditor(parent, List.of(false, true), labels);
		}
		if (type.getInstanceClass() == Boolean.class) {
			return new ChoiceCellEditor(parent, Arrays.asList(null, false, true), labels); // null: not stated
		}
		if (itemDescriptor.isMultiLine(element)) {
			return new MultiLineTextCellEditor(parent, text, name);
		}
		return new DataTypeCellEditor(parent, text);
	}

	/** Choices in the order the model declares them, or by label where the genmodel asks for sorted choices. */
	private List<Object> ordered(Collection<?> choices) {
		List<Object> result = new ArrayList<>(choices);
		if (itemDescriptor.isSortChoices(element)) {
			Comparator<Object> byLabel = Comparator.comparing(labels::getText, Collator.getInstance());
			result.sort(byLabel);
		}
		return result;
	}
}
