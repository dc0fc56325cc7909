package org.cjmstudio.edit.ui.properties;

import org.cjmstudio.edit.ui.ItemProviders;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * What the Properties view shows for a selected map element: the properties its item provider describes. Give it to
 * a {@code PropertySheetPage} with {@code setPropertySourceProvider}.
 */
public class ItemProviderPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemProviderPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** The property source of a map element, or of a property value; {@code null} for anything else. */
	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		// Property values arrive wrapped in an item property source of their own (EMF's PropertyValueWrapper); the
		// Properties view asks for its editable value to get at the plain value that cell editors work with.
		IItemPropertySource itemSource = object instanceof IItemPropertySource wrapper ? wrapper
				: ItemProviders.adapt(adapterFactory, object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemProviderPropertySource(object, itemSource);
	}
}
