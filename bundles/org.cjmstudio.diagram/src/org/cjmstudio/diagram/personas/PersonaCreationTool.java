package org.cjmstudio.diagram.personas;

import org.cjmstudio.model.Persona;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.tools.CreationTool;

/**
 * The palette's Persona tool: drops a new persona into the band (anywhere on the map adds it last) and then opens it
 * in the persona editor, as Add Persona does. Opening is the tool's job, not the command's, so undo and redo never
 * open editors.
 */
public final class PersonaCreationTool extends CreationTool {

	@Override
	protected void performCreation(int button) {
		Object created = getCreateRequest().getNewObject();
		super.performCreation(button);
		if (created instanceof Persona persona && persona.eContainer() != null
				&& getDomain() instanceof DefaultEditDomain domain && domain.getEditorPart() != null) {
			PersonaEditors.open(domain.getEditorPart(), persona);
		}
	}
}
