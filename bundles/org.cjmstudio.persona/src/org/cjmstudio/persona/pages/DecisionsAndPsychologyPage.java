package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.DECISION_MAKING__CRITERIA;
import static org.cjmstudio.model.CjmPackage.Literals.DECISION_MAKING__DECIDER;
import static org.cjmstudio.model.CjmPackage.Literals.DECISION_MAKING__DURATION;
import static org.cjmstudio.model.CjmPackage.Literals.DECISION_MAKING__INFLUENCERS;
import static org.cjmstudio.model.CjmPackage.Literals.PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS;
import static org.cjmstudio.model.CjmPackage.Literals.PSYCHOLOGICAL_PROFILE__TEMPERAMENT;
import static org.cjmstudio.model.CjmPackage.Literals.PSYCHOLOGICAL_PROFILE__TRAITS;
import static org.cjmstudio.persona.editing.PortraitPart.DECISION_MAKING;
import static org.cjmstudio.persona.editing.PortraitPart.PSYCHOLOGY;

import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.FormEditor;

/** How the persona decides to buy (who decides, who influences, on what criteria, how long) and their character. */
public final class DecisionsAndPsychologyPage extends PersonaFormPage {

	public static final String ID = "decisions";

	public DecisionsAndPsychologyPage(FormEditor editor, PortraitSession session) {
		super(editor, session, ID, "Decisions && psychology");
	}

	@Override
	void createSections(Composite body, FieldKit kit) {
		Composite decisions = kit.section(body, "Decision making", "Who takes the buying decision, and how long it takes.");
		kit.multiLineText(decisions, "Decider", DECISION_MAKING, DECISION_MAKING__DECIDER);
		kit.text(decisions, "Duration", DECISION_MAKING, DECISION_MAKING__DURATION);

		Composite psychology = kit.section(body, "Psychology", "Character traits that shape how they go through the journey.");
		kit.text(psychology, "Temperament", PSYCHOLOGY, PSYCHOLOGICAL_PROFILE__TEMPERAMENT);
		kit.multiLineText(psychology, "Communicativeness", PSYCHOLOGY, PSYCHOLOGICAL_PROFILE__COMMUNICATIVENESS);

		kit.lines(body, "Influencers", "Who and what sways the decision.", "influencer", DECISION_MAKING,
				DECISION_MAKING__INFLUENCERS);
		kit.lines(body, "Buying criteria", "What the offer is judged on.", "criterion", DECISION_MAKING,
				DECISION_MAKING__CRITERIA);
		kit.lines(body, "Traits", "Typical behaviour, in a few words each.", "trait", PSYCHOLOGY,
				PSYCHOLOGICAL_PROFILE__TRAITS);
	}
}
