package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__FEARS;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__GOALS;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__MOTIVATIONS;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__NEEDS;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__PAINS;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__VALUES;
import static org.cjmstudio.persona.editing.PortraitPart.PERSONA;

import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.FormEditor;

/** What drives the persona and what holds them back, one line per goal, need, pain, fear, value or motivation. */
public final class GoalsAndPainsPage extends PersonaFormPage {

	public static final String ID = "goals";

	public GoalsAndPainsPage(FormEditor editor, PortraitSession session) {
		super(editor, session, ID, "Goals && pains");
	}

	@Override
	void createSections(Composite body, FieldKit kit) {
		kit.lines(body, "Goals", "What the persona wants to achieve.", "goal", PERSONA, PERSONA__GOALS);
		kit.lines(body, "Needs", "What they need from us to get there.", "need", PERSONA, PERSONA__NEEDS);
		kit.lines(body, "Pains", "What annoys or hurts them today.", "pain", PERSONA, PERSONA__PAINS);
		kit.lines(body, "Fears", "What they are afraid might happen.", "fear", PERSONA, PERSONA__FEARS);
		kit.lines(body, "Values", "What matters to them.", "value", PERSONA, PERSONA__VALUES);
		kit.lines(body, "Motivations", "What makes them act.", "motivation", PERSONA, PERSONA__MOTIVATIONS);
	}
}
