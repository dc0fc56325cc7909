package org.cjmstudio.diagram.personas;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;

/**
 * Edit > Add Persona (and the persona band's and outline's context menus): a new persona after the selected one, or
 * last; it is selected and opens in the persona editor, where the portrait is filled in.
 */
public final class AddPersonaAction extends PersonaAction {

	public static final String ID = "org.cjmstudio.diagram.addPersona";

	public AddPersonaAction(MapEditorContext context) {
		super(context, ID);
		setText("Add &Persona");
		setToolTipText("Add a persona to the map and open it in the persona editor");
	}

	@Override
	protected boolean calculateEnabled() {
		return map.get() != null;
	}

	@Override
	public void run() {
		JourneyMap target = map.get();
		Persona after = singleSelectedPersona();
		Persona persona = PersonaCommands.newPersona(target);
		run(PersonaCommands.add(domain, target, persona, after == null ? -1 : target.getPersonas().indexOf(after) + 1));
		reveal(persona);
		PersonaEditors.open(getWorkbenchPart(), persona);
	}
}
