package org.cjmstudio.research.patterns;

import java.util.stream.Collectors;

import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;

/** The readable title and statement of an accepted proposal: "Fear: “afraid”", "3 respondents said ...". */
final class InsightTexts {

	private InsightTexts() {
	}

	static String title(ProposedInsight proposal) {
		return kindName(proposal.kind()) + ": \u201C" + proposal.phrase() + "\u201D";
	}

	static String statement(ProposedInsight proposal) {
		String who = proposal.interviews().stream().map(InsightTexts::respondent).collect(Collectors.joining(", "));
		String what = switch (proposal.kind()) {
		case FEAR -> "voiced the fear";
		case DOUBT -> "voiced the doubt";
		case REFUSAL_REASON -> "gave as a reason for refusal";
		case NEED -> "voiced the need";
		default -> "used the wording";
		};
		String forms = proposal.forms().size() > 1 ? " (" + String.join(", ", proposal.forms()) + ")" : "";
		return proposal.respondents() + " respondents (" + who + ") " + what + " \u201C" + proposal.phrase() + "\u201D"
				+ forms + ", " + proposal.count() + (proposal.count() == 1 ? " time." : " times.");
	}

	static String kindName(InsightKind kind) {
		return switch (kind) {
		case REPEATED_WORDING -> "Repeated wording";
		case FEAR -> "Fear";
		case DOUBT -> "Doubt";
		case REFUSAL_REASON -> "Reason for refusal";
		case NEED -> "Need";
		default -> "Pattern";
		};
	}

	private static String respondent(Interview interview) {
		String name = interview.getRespondentProfile();
		return name == null || name.isBlank() ? String.valueOf(interview.getTitle()) : name;
	}
}
