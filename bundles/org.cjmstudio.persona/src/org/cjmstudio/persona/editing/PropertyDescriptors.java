package org.cjmstudio.persona.editing;

import org.cjmstudio.edit.ui.ItemProviders;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * Finds what the item providers say about one feature of an element (its display name, the labels of its values,
 * which cell editor suits it), so the persona editor words and edits things as the Properties view does.
 */
public final class PropertyDescriptors {

	private PropertyDescriptors() {
	}

	/** The item property descriptor of {@code feature} on {@code element}; fails if the item provider has none. */
	public static IItemPropertyDescriptor of(AdapterFactory adapterFactory, EObject element,
			EStructuralFeature feature) {
		IItemPropertySource source = ItemProviders.adapt(adapterFactory, element, IItemPropertySource.class);
		if (source != null) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
				if (feature.equals(descriptor.getFeature(element))) {
					return descriptor;
				}
			}
		}
		throw new IllegalArgumentException("The item provider of " + element.eClass().getName()
				+ " describes no property '" + feature.getName() + "'; regenerate the edit code from cjm.genmodel.");
	}

	/** How the item providers show one value of {@code feature}: "Decision maker" for a buying role, for example. */
	public static String labelOf(AdapterFactory adapterFactory, EObject element, EStructuralFeature feature,
			Object value) {
		String text = of(adapterFactory, element, feature).getLabelProvider(element).getText(value);
		return text == null ? "" : text;
	}
}
