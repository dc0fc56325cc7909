package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences a respondent said in a transcript. The interviewer's turns are left out, since the same questions
 * asked in every interview would otherwise look like a wording all respondents share. A turn starts with a speaker
 * label at the start of a line ("Interviewer:", "Q:", "Интервьюер:", "Anna:"), possibly after a time stamp as
 * transcription tools write it ("[00:12:05] Anna:"); lines without one continue the turn before. The label (and time
 * stamp) is never part of a sentence.
 */
final class RespondentSentences {

	/** Labels of the one who asks, in English and Russian. */
	private static final Set<String> INTERVIEWER = Set.of("interviewer", "moderator", "researcher", "q", "i",
			"question", "интервьюер", "модератор", "исследователь", "в", "и", "вопрос");

	private static final Pattern LABEL = Pattern.compile(
			"^[ \\t]*(?:[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?[ \\t]*)?([\\p{L}][\\p{L}\\p{N} .\\-]{0,29}?)[ \\t]*:[ \\t]*");

	/** Sentence ends; a line break ends a sentence too. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"»”)]*(?=\\s|$)|\\n");

	/** Clause breaks inside a sentence: a phrase is words said together, not across a comma or a dash. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\"«»“”]|\\s[-–—]\\s");

	private RespondentSentences() {
	}

	static List<Sentence> of(String transcript) {
		List<Sentence> sentences = new ArrayList<>();
		if (transcript == null) {
			return sentences;
		}
		boolean interviewerSpeaks = false;
		int lineStart = 0;
		while (lineStart < transcript.length()) {
			int lineEnd = transcript.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = transcript.length();
			}
			int textStart = lineStart;
			Matcher label = LABEL.matcher(transcript).region(lineStart, lineEnd);
			if (label.lookingAt() && label.group(1).split(" ").length <= 3) {
				interviewerSpeaks = INTERVIEWER.contains(label.group(1).strip().toLowerCase(Locale.ROOT));
				textStart = label.end();
			}
			if (!interviewerSpeaks) {
				addSentences(transcript, textStart, lineEnd, sentences);
			}
			lineStart = lineEnd + 1;
		}
		return sentences;
	}

	private static void addSentences(String transcript, int from, int to, List<Sentence> sentences) {
		Matcher end = SENTENCE_END.matcher(transcript).region(from, to);
		int start = from;
		while (start < to) {
			int stop = end.find() ? end.end() : to;
			addSentence(transcript, start, Math.min(stop, to), sentences);
			start = Math.min(stop, to);
			if (stop == to) {
				break;
			}
		}
	}

	private static void addSentence(String transcript, int from, int to, List<Sentence> sentences) {
		int start = from;
		int end = to;
		while (start < end && Character.isWhitespace(transcript.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(transcript.charAt(end - 1))) {
			end--;
		}
		List<Word> words = new ArrayList<>();
		Matcher word = Words.WORD.matcher(transcript).region(start, end);
		Matcher clauseBreak = CLAUSE_BREAK.matcher(transcript).region(start, end);
		int clause = 0;
		int nextBreak = clauseBreak.find() ? clauseBreak.start() : Integer.MAX_VALUE;
		while (word.find()) {
			while (nextBreak < word.start()) {
				clause++;
				nextBreak = clauseBreak.find() ? clauseBreak.start() : Integer.MAX_VALUE;
			}
			words.add(new Word(word.start(), word.end(), Words.normalise(word.group()), clause));
		}
		if (!words.isEmpty()) {
			sentences.add(new Sentence(start, end, List.copyOf(words)));
		}
	}
}
