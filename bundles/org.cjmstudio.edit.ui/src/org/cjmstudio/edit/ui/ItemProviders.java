package org.cjmstudio.edit.ui;

import org.eclipse.emf.common.notify.AdapterFactory;

/**
 * Finds the item provider that speaks for a model element. The viewers and the Properties view ask through here, so
 * a map element, a resource and a plain value (a string, an enum literal) are all handled the same way.
 */
public final class ItemProviders {

	private ItemProviders() {
	}

	/**
	 * The item provider of {@code element} that implements {@code role} (for example {@code IItemLabelProvider}), or
	 * {@code null} when the adapter factory has none: plain values such as strings have no item provider.
	 */
	public static <T> T adapt(AdapterFactory adapterFactory, Object element, Class<T> role) {
		if (element == null) {
			return null;
		}
		// A composed factory answers with the element itself when no factory supports it, so check the role.
		Object adapter = adapterFactory.adapt(element, role);
		return role.isInstance(adapter) ? role.cast(adapter) : null;
	}
}
