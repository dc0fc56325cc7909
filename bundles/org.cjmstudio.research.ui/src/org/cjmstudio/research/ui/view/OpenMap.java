package org.cjmstudio.research.ui.view;

import org.cjmstudio.model.JourneyMap;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;

/**
 * A journey map open in an editor, with the editing domain whose command stack every change to it must go through.
 * Found through {@link IEditingDomainProvider}, so this bundle needs nothing from the diagram editor: any editor that
 * edits a map in an EMF editing domain (the map editor, the persona editor on the map's domain) will do.
 */
public record OpenMap(IEditorPart editor, JourneyMap map, AdapterFactoryEditingDomain domain) {

	/** The map {@code editor} edits, or {@code null} when it edits none. */
	public static OpenMap of(IEditorPart editor) {
		if (editor == null) {
			return null;
		}
		IEditingDomainProvider provider = Adapters.adapt(editor, IEditingDomainProvider.class);
		EditingDomain domain = provider == null ? null : provider.getEditingDomain();
		if (!(domain instanceof AdapterFactoryEditingDomain adapterFactoryDomain)) {
			return null;
		}
		for (Resource resource : domain.getResourceSet().getResources()) {
			for (EObject content : resource.getContents()) {
				if (content instanceof JourneyMap map) {
					return new OpenMap(editor, map, adapterFactoryDomain);
				}
			}
		}
		return null;
	}
}
