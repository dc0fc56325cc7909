package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.edit.ui.properties.ItemProviderPropertySourceProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** The Properties view's rows for one selected element, found by the names the user reads in the view. */
final class PropertySheetRows {

	final IPropertySourceProvider provider;
	final IPropertySource source;

	PropertySheetRows(BikeShopMap sample, Object selected) {
		provider = new ItemProviderPropertySourceProvider(sample.domain.getAdapterFactory());
		source = provider.getPropertySource(selected);
	}

	List<String> names() {
		return Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
	}

	IPropertyDescriptor row(String name) {
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			if (descriptor.getDisplayName().equals(name)) {
				return descriptor;
			}
		}
		return fail("No row \"" + name + "\" among " + names());
	}

	void set(String name, Object value) {
		source.setPropertyValue(row(name).getId(), value);
	}

	/** The value as the Properties view hands it to a cell editor: unwrapped from EMF's property value wrapper. */
	Object value(String name) {
		Object shown = source.getPropertyValue(row(name).getId());
		IPropertySource valueSource = provider.getPropertySource(shown);
		return valueSource == null ? shown : valueSource.getEditableValue();
	}
}
