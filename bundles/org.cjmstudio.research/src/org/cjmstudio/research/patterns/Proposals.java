package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;

/** Turns the occurrences of one pattern into a proposal, or none when fewer than two respondents said it. */
final class Proposals {

	private Proposals() {
	}

	static ProposedInsight of(InsightKind kind, String phrase, List<Occurrence> occurrences,
			List<AnalysedInterview> studyOrder) {
		if (respondents(occurrences).size() < 2) {
			return null;
		}
		Set<AnalysedInterview> said = new LinkedHashSet<>();
		occurrences.forEach(o -> said.add(o.interview()));
		List<Interview> interviews = studyOrder.stream().filter(said::contains).map(AnalysedInterview::interview)
				.toList();
		Map<Sentence, ProposedQuote> quotes = new LinkedHashMap<>();
		Set<String> forms = new LinkedHashSet<>();
		for (AnalysedInterview interview : studyOrder) {
			for (Occurrence occurrence : occurrences) {
				if (occurrence.interview() == interview) {
					quotes.computeIfAbsent(occurrence.sentence(), sentence -> quote(occurrence));
					forms.add(Words.normalisePhrase(
							interview.interview().getTranscript().substring(occurrence.start(), occurrence.end())));
				}
			}
		}
		return new ProposedInsight(kind, phrase, occurrences.size(), interviews, new ArrayList<>(quotes.values()),
				new ArrayList<>(forms));
	}

	static Set<String> respondents(List<Occurrence> occurrences) {
		Set<String> respondents = new LinkedHashSet<>();
		occurrences.forEach(o -> respondents.add(o.interview().respondent()));
		return respondents;
	}

	private static ProposedQuote quote(Occurrence occurrence) {
		Sentence sentence = occurrence.sentence();
		String transcript = occurrence.interview().interview().getTranscript();
		return new ProposedQuote(occurrence.interview().interview(), sentence.start(),
				sentence.end() - sentence.start(), transcript.substring(sentence.start(), sentence.end()),
				occurrence.start(), occurrence.end() - occurrence.start());
	}
}
