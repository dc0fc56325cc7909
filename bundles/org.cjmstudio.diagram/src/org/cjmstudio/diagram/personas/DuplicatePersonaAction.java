package org.cjmstudio.diagram.personas;

import org.cjmstudio.model.Persona;

/** Duplicate Persona: a copy right after the original, with the same portrait and evidence, opened for editing. */
public final class DuplicatePersonaAction extends PersonaAction {

	public static final String ID = "org.cjmstudio.diagram.duplicatePersona";

	public DuplicatePersonaAction(MapEditorContext context) {
		super(context, ID);
		setText("D&uplicate Persona");
		setToolTipText("Add a copy of the selected persona, to start a similar one from it");
	}

	@Override
	protected boolean calculateEnabled() {
		return singleSelectedPersona() != null;
	}

	@Override
	public void run() {
		Persona original = singleSelectedPersona();
		Persona copy = PersonaCommands.copyOf(original);
		run(PersonaCommands.duplicate(domain, original, copy));
		reveal(copy);
		PersonaEditors.open(getWorkbenchPart(), copy);
	}
}
