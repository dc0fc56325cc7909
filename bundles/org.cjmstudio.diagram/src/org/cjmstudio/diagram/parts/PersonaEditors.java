package org.cjmstudio.diagram.parts;

import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;

/** Opens the persona editor from the map, on the same editing domain (so its edits share the map's undo history). */
final class PersonaEditors {

	private PersonaEditors() {
	}

	static void open(EditPart from, Persona persona) {
		IEditorPart mapEditor = ((DefaultEditDomain) from.getViewer().getEditDomain()).getEditorPart();
		try {
			PersonaEditor.open(mapEditor.getSite().getPage(), persona,
					AdapterFactoryEditingDomain.getEditingDomainFor(persona));
		} catch (PartInitException e) {
			ILog.of(PersonaEditors.class).error("Could not open the persona editor", e);
			MessageDialog.openError(mapEditor.getSite().getShell(), "Could not open the persona", e.getMessage());
		}
	}
}
