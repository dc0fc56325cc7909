package org.cjmstudio.research.patterns;

import java.util.ArrayList;
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

	private final Lexicon lexicon;

	LexiconMatches(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	List<ProposedInsight> find(List<AnalysedInterview> interviews) {
		Map<LexiconEntry, List<Occurrence>> found = new LinkedHashMap<>();
		for (LexiconEntry entry : lexicon.entries()) {
			List<Occurrence> occurrences = new ArrayList<>();
			for (AnalysedInterview interview : interviews) {
				for (Sentence sentence : interview.sentences()) {
					collect(entry, interview, sentence, occurrences);
				}
			}
			found.put(entry, occurrences);
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

	private static void collect(LexiconEntry entry, AnalysedInterview interview, Sentence sentence,
			List<Occurrence> occurrences) {
		List<Word> words = sentence.words();
		for (int first = 0; first < words.size(); first++) {
			for (List<Pattern> wording : entry.wordings()) {
				int last = match(wording, 0, words, first);
				if (last >= 0 && !(negated(words, first) && !startsWithNegation(wording))) {
					occurrences.add(new Occurrence(interview, sentence, words.get(first).start(), words.get(last).end()));
					first = last;
					break;
				}
			}
		}
	}

	/** The index of the last word matched when {@code wording} from {@code part} matches from {@code at}, else -1. */
	private static int match(List<Pattern> wording, int part, List<Word> words, int at) {
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
		if (!pattern.matcher(words.get(at).text()).matches()) {
			return -1;
		}
		return part == wording.size() - 1 ? at : match(wording, part + 1, words, at + 1);
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
