package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds where respondents used the wordings of a lexicon's entries; one proposal per entry said by two or more. */
final class LexiconMatches {

	/** How many words a gap ({@code ..}) may span. */
	private static final int GAP = 2;

	/** How far back a negation cancels a fear or a reason: "not afraid", "не очень боюсь". */
	private static final int NEGATION_REACH = 2;

	private record Wording(LexiconEntry entry, List<Pattern> words) {
	}

	private final Lexicon lexicon;

	/**
	 * The wordings whose first word matches a word, per distinct word: a large study has a few thousand distinct
	 * words but hundreds of thousands of words, and trying every pattern on every word took many seconds.
	 */
	private final Map<String, List<Wording>> startingWith = new HashMap<>();

	/** Whether a word pattern matches a word, remembered for the same reason. */
	private final Map<Pattern, Map<String, Boolean>> matches = new HashMap<>();

	LexiconMatches(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	List<ProposedInsight> find(List<AnalysedInterview> interviews) {
		Map<LexiconEntry, List<Occurrence>> found = new LinkedHashMap<>();
		lexicon.entries().forEach(entry -> found.put(entry, new ArrayList<>()));
		for (AnalysedInterview interview : interviews) {
			for (Sentence sentence : interview.sentences()) {
				collect(interview, sentence, found);
			}
		}
		List<ProposedInsight> proposals = new ArrayList<>();
		found.forEach((entry, occurrences) -> {
			ProposedInsight proposal = Proposals.of(entry.kind(), entry.name(), occurrences, interviews);
			if (proposal != null) {
				proposals.add(proposal);
			}
		});
		return proposals;
	}

	private void collect(AnalysedInterview interview, Sentence sentence, Map<LexiconEntry, List<Occurrence>> found) {
		List<Word> words = sentence.words();
		// An entry's matches in one sentence never overlap: "не очень уверена" is one doubt, not two.
		Map<LexiconEntry, Integer> nextFree = new HashMap<>();
		for (int first = 0; first < words.size(); first++) {
			for (Wording wording : startingWith.computeIfAbsent(words.get(first).text(), this::wordingsStartingWith)) {
				if (first < nextFree.getOrDefault(wording.entry(), 0)) {
					continue;
				}
				int last = match(wording.words(), 0, words, first);
				if (last >= 0 && !(negated(words, first) && !startsWithNegation(wording.words()))) {
					found.get(wording.entry())
							.add(new Occurrence(interview, sentence, words.get(first).start(), words.get(last).end()));
					nextFree.put(wording.entry(), last + 1);
				}
			}
		}
	}

	private List<Wording> wordingsStartingWith(String word) {
		List<Wording> wordings = new ArrayList<>();
		for (LexiconEntry entry : lexicon.entries()) {
			for (List<Pattern> wording : entry.wordings()) {
				if (matches(wording.get(0), word)) {
					wordings.add(new Wording(entry, wording));
				}
			}
		}
		return wordings;
	}

	/** The index of the last word matched when {@code wording} from {@code part} matches from {@code at}, else -1. */
	private int match(List<Pattern> wording, int part, List<Word> words, int at) {
		if (at >= words.size()) {
			return -1;
		}
		Pattern pattern = wording.get(part);
		if (pattern == null) {
			for (int skip = 0; skip <= GAP && at + skip < words.size(); skip++) {
				int last = match(wording, part + 1, words, at + skip);
				if (last >= 0) {
					return last;
				}
			}
			return -1;
		}
		if (!matches(pattern, words.get(at).text())) {
			return -1;
		}
		return part == wording.size() - 1 ? at : match(wording, part + 1, words, at + 1);
	}

	private boolean matches(Pattern pattern, String word) {
		return matches.computeIfAbsent(pattern, p -> new HashMap<>()).computeIfAbsent(word,
				w -> pattern.matcher(w).matches());
	}

	private static boolean negated(List<Word> words, int first) {
		for (int before = Math.max(0, first - NEGATION_REACH); before < first; before++) {
			if (words.get(before).clause() == words.get(first).clause()
					&& LexiconEntry.isNegation(words.get(before).text())) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithNegation(List<Pattern> wording) {
		return LexiconEntry.NEGATIONS.stream().anyMatch(word -> wording.get(0).matcher(word).matches());
	}
}
