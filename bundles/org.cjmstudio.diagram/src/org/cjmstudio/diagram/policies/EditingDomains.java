package org.cjmstudio.diagram.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Finds the editing domain an element is edited in (its map's resource set knows it). */
final class EditingDomains {

	private EditingDomains() {
	}

	static EditingDomain of(Object element) {
		EditingDomain domain = element instanceof EObject object
				? AdapterFactoryEditingDomain.getEditingDomainFor(object)
				: null;
		if (domain == null) {
			throw new IllegalStateException("No editing domain for " + element + ": is the map open in an editor?");
		}
		return domain;
	}
}
