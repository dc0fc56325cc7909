package org.cjmstudio.diagram.personas;

import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

/** Opens the persona editor from the map, on the same editing domain (so its edits share the map's undo history). */
public final class PersonaEditors {

	private PersonaEditors() {
	}

	/** Opens {@code persona} in the page of {@code from} (the map editor, the outline); says so if it cannot. */
	public static void open(IWorkbenchPart from, Persona persona) {
		try {
			PersonaEditor.open(from.getSite().getPage(), persona,
					AdapterFactoryEditingDomain.getEditingDomainFor(persona));
		} catch (PartInitException e) {
			ILog.of(PersonaEditors.class).error("Could not open the persona editor", e);
			MessageDialog.openError(from.getSite().getShell(), "Could not open the persona", e.getMessage());
		}
	}
}
