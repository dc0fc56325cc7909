package org.cjmstudio.diagram.personas;

/** Open Persona: the selected persona's portrait in the persona editor (as a double click on its chip does). */
public final class OpenPersonaAction extends PersonaAction {

	public static final String ID = "org.cjmstudio.diagram.openPersona";

	public OpenPersonaAction(MapEditorContext context) {
		super(context, ID);
		setText("&Open Persona");
		setToolTipText("Edit the persona's portrait: goals, pains, demographics, data sources");
	}

	@Override
	protected boolean calculateEnabled() {
		return singleSelectedPersona() != null;
	}

	@Override
	public void run() {
		PersonaEditors.open(getWorkbenchPart(), singleSelectedPersona());
	}
}
