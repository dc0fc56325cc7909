package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the analyst does with a proposal, each one undoable step on the editor's command stack: accept it (an
 * insight of its kind in the map, supported by its interviews and quotes; a quote already taken from the same
 * passage is reused, the others are made in their interviews) or reject it (the phrase joins the study's dismissed
 * patterns, so it is not proposed again).
 */
public final class ProposedInsightCommands {

	private ProposedInsightCommands() {
	}

	/** "Accept Insight “afraid”": the insight and the quotes it needs, in one step. */
	public static Command accept(EditingDomain domain, ResearchStudy study, ProposedInsight proposal) {
		JourneyMap map = (JourneyMap) Objects.requireNonNull(study.eContainer(), "the study is in no map");
		Insight insight = CjmFactory.eINSTANCE.createInsight();
		insight.setKind(proposal.kind());
		insight.setTitle(InsightTexts.title(proposal));
		insight.setStatement(InsightTexts.statement(proposal));
		insight.setDescription("Proposed by the interview analysis of " + study.getTitle() + ".");
		insight.getSupportedBy().addAll(proposal.interviews());
		Map<Interview, List<Quote>> newQuotes = new LinkedHashMap<>();
		for (ProposedQuote proposed : proposal.quotes()) {
			Quote quote = existingQuote(proposed);
			if (quote == null) {
				quote = newQuote(proposed, proposal);
				newQuotes.computeIfAbsent(proposed.interview(), i -> new ArrayList<>()).add(quote);
			}
			insight.getQuotes().add(quote);
		}
		CompoundCommand command = new CompoundCommand("Accept Insight \u201C" + proposal.phrase() + "\u201D");
		newQuotes.forEach((interview, quotes) -> command
				.append(AddCommand.create(domain, interview, CjmPackage.Literals.INTERVIEW__QUOTES, quotes)));
		command.append(AddCommand.create(domain, map, CjmPackage.Literals.JOURNEY_MAP__INSIGHTS, insight));
		return command;
	}

	/** "Reject Pattern “delivery fee”": the phrase is remembered as dismissed for this study. */
	public static Command reject(EditingDomain domain, ResearchStudy study, ProposedInsight proposal) {
		CompoundCommand command = new CompoundCommand("Reject Pattern \u201C" + proposal.phrase() + "\u201D");
		command.append(AddCommand.create(domain, study, CjmPackage.Literals.RESEARCH_STUDY__DISMISSED_PATTERNS,
				proposal.phrase()));
		return command;
	}

	private static Quote existingQuote(ProposedQuote proposed) {
		for (Quote quote : proposed.interview().getQuotes()) {
			if (Objects.equals(quote.getTranscriptOffset(), proposed.offset())
					&& Objects.equals(quote.getTranscriptLength(), proposed.length())) {
				return quote;
			}
		}
		return null;
	}

	private static Quote newQuote(ProposedQuote proposed, ProposedInsight proposal) {
		Quote quote = CjmFactory.eINSTANCE.createQuote();
		quote.setText(proposed.text());
		quote.setTopic(proposal.phrase());
		quote.setTitle(proposed.text().length() <= 60 ? proposed.text() : proposed.text().substring(0, 59) + "\u2026");
		quote.setTranscriptOffset(proposed.offset());
		quote.setTranscriptLength(proposed.length());
		quote.setDate(proposed.interview().getDate());
		return quote;
	}
}
