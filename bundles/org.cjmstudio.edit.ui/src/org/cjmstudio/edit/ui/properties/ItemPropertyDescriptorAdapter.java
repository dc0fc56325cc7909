package org.cjmstudio.edit.ui.properties;

import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view ("Severity", "Evidence", ...) for one element: name, description, category and
 * filter flags as the item provider declares them (the genmodel marks technical properties such as the element id
 * {@code org.eclipse.ui.views.properties.expert}, so they show only under "Show Advanced Properties"), and the cell
 * editor that suits the property's type.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object element;
	private final IItemPropertyDescriptor itemDescriptor;

	public ItemPropertyDescriptorAdapter(Object element, IItemPropertyDescriptor itemDescriptor) {
		this.element = element;
		this.itemDescriptor = itemDescriptor;
	}

	/** Read-only properties (canSetProperty false, e.g. the id) get no editor. */
	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return new PropertyEditorFactory(element, itemDescriptor, getLabelProvider()).create(parent);
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(element);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(element);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(element);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(element);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(element);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(element);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return new PropertyValueLabelProvider(itemDescriptor.getLabelProvider(element));
	}

	/**
	 * The same property of another element, e.g. the severity of two selected barriers, so that the Properties
	 * view can show and set it for the whole selection.
	 */
	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter that
				&& Objects.equals(getId(), that.getId())
				&& Objects.equals(itemDescriptor.getFeature(element), that.itemDescriptor.getFeature(that.element));
	}
}
