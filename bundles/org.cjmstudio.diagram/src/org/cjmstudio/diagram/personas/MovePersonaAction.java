package org.cjmstudio.diagram.personas;

import org.cjmstudio.model.Persona;

/**
 * Moves the selected persona one place earlier or later: the order of the band, of the outline, of the curves'
 * colours and legend. In the band that is left and right, in the outline up and down.
 */
public final class MovePersonaAction extends PersonaAction {

	public static final String EARLIER_ID = "org.cjmstudio.diagram.movePersonaEarlier";
	public static final String LATER_ID = "org.cjmstudio.diagram.movePersonaLater";

	private final int delta;

	private MovePersonaAction(MapEditorContext context, int delta, String text) {
		super(context, delta < 0 ? EARLIER_ID : LATER_ID);
		this.delta = delta;
		setText(text);
	}

	/** {@code text} says which way earlier is where the action shows: "Move Left" in the band, "Move Up" in a tree. */
	public static MovePersonaAction earlier(MapEditorContext context, String text) {
		return new MovePersonaAction(context, -1, text);
	}

	public static MovePersonaAction later(MapEditorContext context, String text) {
		return new MovePersonaAction(context, 1, text);
	}

	@Override
	protected boolean calculateEnabled() {
		Persona persona = singleSelectedPersona();
		return persona != null && PersonaCommands.move(domain, persona, delta) != null;
	}

	@Override
	public void run() {
		Persona persona = singleSelectedPersona();
		run(PersonaCommands.move(domain, persona, delta));
		reveal(persona);
	}
}
