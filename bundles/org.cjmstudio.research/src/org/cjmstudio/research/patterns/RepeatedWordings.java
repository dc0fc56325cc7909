package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjmstudio.model.InsightKind;

/**
 * Finds phrases of two to six words that at least two respondents used, in any grammatical form
 * ({@link WordForms}). A phrase lies within one clause and neither starts nor ends with a stop word. Of phrases
 * inside one another only the telling one is proposed: the longer one when the same respondents said both
 * ("delivery fee refund", not also "delivery fee"), the shorter one when more respondents said it ("customer
 * service" by five, not also "wrote to customer service" by two, whose sentences are among its quotes anyway).
 */
final class RepeatedWordings {

	static final int SHORTEST = 2;
	static final int LONGEST = 6;

	private final StopWords stopWords;

	RepeatedWordings(StopWords stopWords) {
		this.stopWords = stopWords;
	}

	List<ProposedInsight> find(List<AnalysedInterview> interviews) {
		Map<String, List<Occurrence>> phrases = new LinkedHashMap<>();
		for (AnalysedInterview interview : interviews) {
			for (Sentence sentence : interview.sentences()) {
				collect(interview, sentence, phrases);
			}
		}
		Map<String, Set<String>> respondents = new LinkedHashMap<>();
		phrases.forEach((phrase, occurrences) -> {
			Set<String> said = Proposals.respondents(occurrences);
			if (said.size() >= 2) {
				respondents.put(phrase, said);
			}
		});
		Set<String> covered = coveredByLongerPhrases(respondents);
		covered.addAll(narrowerThanAPhraseInside(respondents, covered));
		List<ProposedInsight> proposals = new ArrayList<>();
		for (String phrase : respondents.keySet()) {
			if (!covered.contains(phrase)) {
				List<Occurrence> occurrences = phrases.get(phrase);
				proposals.add(Proposals.of(InsightKind.REPEATED_WORDING, mostFrequentWording(occurrences),
						occurrences, interviews));
			}
		}
		return proposals;
	}

	private void collect(AnalysedInterview interview, Sentence sentence, Map<String, List<Occurrence>> phrases) {
		List<Word> words = sentence.words();
		for (int first = 0; first < words.size(); first++) {
			if (stopWords.contains(words.get(first).text())) {
				continue;
			}
			StringBuilder phrase = new StringBuilder(WordForms.key(words.get(first).text()));
			for (int last = first + 1; last < words.size() && last - first < LONGEST; last++) {
				if (words.get(last).clause() != words.get(first).clause()) {
					break;
				}
				phrase.append(' ').append(WordForms.key(words.get(last).text()));
				if (!stopWords.contains(words.get(last).text())) {
					phrases.computeIfAbsent(phrase.toString(), p -> new ArrayList<>()).add(new Occurrence(interview,
							sentence, words.get(first).start(), words.get(last).end()));
				}
			}
		}
	}

	/** The phrases inside a longer repeated phrase that exactly the same respondents said. */
	private static Set<String> coveredByLongerPhrases(Map<String, Set<String>> respondents) {
		Set<String> covered = new HashSet<>();
		for (Map.Entry<String, Set<String>> longer : respondents.entrySet()) {
			for (String inner : innerPhrases(longer.getKey())) {
				if (longer.getValue().equals(respondents.get(inner))) {
					covered.add(inner);
				}
			}
		}
		return covered;
	}

	/** The longer phrases that fewer respondents said than a proposed phrase inside them. */
	private static Set<String> narrowerThanAPhraseInside(Map<String, Set<String>> respondents, Set<String> covered) {
		Set<String> narrower = new HashSet<>();
		for (Map.Entry<String, Set<String>> longer : respondents.entrySet()) {
			if (covered.contains(longer.getKey())) {
				continue;
			}
			for (String inner : innerPhrases(longer.getKey())) {
				Set<String> innerRespondents = respondents.get(inner);
				if (innerRespondents != null && !covered.contains(inner)
						&& innerRespondents.size() > longer.getValue().size()
						&& innerRespondents.containsAll(longer.getValue())) {
					narrower.add(longer.getKey());
					break;
				}
			}
		}
		return narrower;
	}

	/** The phrases of at least two words strictly inside {@code phrase}. */
	private static List<String> innerPhrases(String phrase) {
		String[] words = phrase.split(" ");
		List<String> inner = new ArrayList<>();
		for (int from = 0; from < words.length; from++) {
			for (int to = from + SHORTEST; to <= words.length; to++) {
				if (to - from < words.length) {
					inner.add(String.join(" ", Arrays.copyOfRange(words, from, to)));
				}
			}
		}
		return inner;
	}

	/** The wording respondents used most often for a phrase (the first said, of equally frequent ones). */
	private static String mostFrequentWording(List<Occurrence> occurrences) {
		Map<String, Integer> counts = new HashMap<>();
		List<String> order = new ArrayList<>();
		for (Occurrence occurrence : occurrences) {
			String said = Words.normalisePhrase(occurrence.interview().interview().getTranscript()
					.substring(occurrence.start(), occurrence.end()));
			if (counts.merge(said, 1, Integer::sum) == 1) {
				order.add(said);
			}
		}
		String best = order.get(0);
		for (String wording : order) {
			if (counts.get(wording) > counts.get(best)) {
				best = wording;
			}
		}
		return best;
	}
}
