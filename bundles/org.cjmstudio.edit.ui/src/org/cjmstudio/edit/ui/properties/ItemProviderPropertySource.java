package org.cjmstudio.edit.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/**
 * The properties of one map element, as its item provider describes them. Every change goes through the item
 * property descriptor, which executes an EMF {@code SetCommand} on the element's editing domain: an edit in the
 * Properties view is one undoable step on the map's command stack, like any edit in the diagram.
 */
public class ItemProviderPropertySource implements IPropertySource2 {

	private final Object element;
	private final IItemPropertySource itemSource;

	public ItemProviderPropertySource(Object element, IItemPropertySource itemSource) {
		this.element = element;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(element);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> itemDescriptors = itemSource.getPropertyDescriptors(element);
		if (itemDescriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return itemDescriptors.stream()
				.map(itemDescriptor -> new ItemPropertyDescriptorAdapter(element, itemDescriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	/** The value as the item provider gives it: usually wrapped, so that its own properties can be shown nested. */
	@Override
	public Object getPropertyValue(Object id) {
		return descriptor(id).getPropertyValue(element);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(element);
	}

	@Override
	public boolean isPropertyResettable(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor.canSetProperty(element) && descriptor.isPropertySet(element);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(element);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		descriptor(id).setPropertyValue(element, value);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(element, id);
		if (descriptor == null) {
			throw new IllegalArgumentException("No property '" + id + "' on " + element
					+ "; ask getPropertyDescriptors() for the ids this element has.");
		}
		return descriptor;
	}
}
