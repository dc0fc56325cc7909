package org.cjmstudio.example.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * GDPR: where a touchpoint collects personal data (a sign-up form, an identity check, a newsletter), the customer
 * must meet a consent or privacy notice in that stage (GDPR Art. 6, 7 and 13). A map that leaves it out hides a
 * barrier the real journey has: the consent screen is where customers hesitate and drop off.
 * <p>
 * The metamodel has no "collects personal data" flag, so the rule reads the words the team wrote: it is a
 * heuristic and says so in its message. It stays quiet when the touchpoint links a privacy notice, or when any step,
 * touchpoint or barrier of the same stage mentions consent or privacy.
 */
public final class PersonalDataWithoutConsentRule implements ValidationRule<Touchpoint> {

	/** The id in plugin.xml; prefixed with the plugin's name so it never clashes with another plugin's rule. */
	public static final String ID = "example.gdpr.personal-data-without-consent";

	// Whole words only: "form" must not match "platform" or "information".
	private static final Pattern PERSONAL_DATA = Pattern.compile("\\b(personal data|personal details|sign[ -]?up"
			+ "|regist(er|ration)|form|e-?mail|phone|address|date of birth|passport|identity|id check|kyc"
			+ "|newsletter|account opening|open(ing)? an account)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern CONSENT = Pattern.compile("\\b(consent|privacy|gdpr|opt[ -]?in|data protection)",
			Pattern.CASE_INSENSITIVE);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Class<Touchpoint> appliesTo() {
		return Touchpoint.class;
	}

	@Override
	public void check(Touchpoint touchpoint, Findings findings) {
		if (!mentions(PERSONAL_DATA, touchpoint.getName(), touchpoint.getDescription())
				|| linksPrivacyNotice(touchpoint)
				|| touchpoint.eContainer() instanceof Stage stage && stageMentionsConsent(stage)) {
			return;
		}
		findings.warning(touchpoint, "GDPR: " + ElementLabels.describeWithStage(touchpoint)
				+ " reads as collecting personal data, but its stage shows no consent or privacy notice. Add the"
				+ " touchpoint where the customer gives consent, or link the privacy notice to this touchpoint.");
	}

	private static boolean linksPrivacyNotice(Touchpoint touchpoint) {
		for (ExternalLink link : touchpoint.getExternalLinks()) {
			if (mentions(CONSENT, link.getLabel(), link.getTarget())) {
				return true;
			}
		}
		return false;
	}

	private static boolean stageMentionsConsent(Stage stage) {
		List<String> texts = new ArrayList<>();
		for (Step step : stage.getSteps()) {
			texts.addAll(List.of(nonNull(step.getName()), nonNull(step.getDoes()), nonNull(step.getAsks())));
		}
		for (Touchpoint touchpoint : stage.getTouchpoints()) {
			texts.addAll(List.of(nonNull(touchpoint.getName()), nonNull(touchpoint.getDescription())));
		}
		for (Barrier barrier : stage.getBarriers()) {
			texts.addAll(List.of(nonNull(barrier.getName()), nonNull(barrier.getDescription())));
		}
		return mentions(CONSENT, texts.toArray(String[]::new));
	}

	private static boolean mentions(Pattern words, String... texts) {
		for (String text : texts) {
			if (text != null && words.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
