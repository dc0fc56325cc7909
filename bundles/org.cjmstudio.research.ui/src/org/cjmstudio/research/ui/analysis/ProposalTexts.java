package org.cjmstudio.research.ui.analysis;

import java.util.stream.Collectors;

import org.cjmstudio.model.Interview;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.patterns.ProposedQuote;

/** How a proposed insight reads in the table and below it: who said it and the sentences behind it. */
final class ProposalTexts {

	private ProposalTexts() {
	}

	/** "repeated wording", "fear", "reason for refusal". */
	static String kind(ProposedInsight proposal) {
		return switch (proposal.kind()) {
			case REFUSAL_REASON -> "reason for refusal";
			default -> proposal.kind().getName().toLowerCase().replace('_', ' ');
		};
	}

	/** "3: Anna, Ben, Olga". */
	static String respondents(ProposedInsight proposal) {
		return proposal.respondents() + ": "
				+ proposal.interviews().stream().map(ProposalTexts::respondent).collect(Collectors.joining(", "));
	}

	static String respondent(Interview interview) {
		String profile = interview.getRespondentProfile();
		return profile != null && !profile.isBlank() ? profile.strip()
				: interview.getTitle() == null ? "(untitled interview)" : interview.getTitle();
	}

	/** Every sentence behind the proposal, with the respondent who said it. */
	static String quotes(ProposedInsight proposal) {
		StringBuilder text = new StringBuilder();
		if (!proposal.forms().isEmpty()) {
			text.append("Wordings found: ").append(String.join(", ", proposal.forms())).append("\n\n");
		}
		for (ProposedQuote quote : proposal.quotes()) {
			text.append(respondent(quote.interview())).append(": “").append(quote.text().strip()).append("”\n");
		}
		return text.toString();
	}
}
