package org.cjmstudio.research.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjmstudio.model.InsightKind;

/**
 * Reads a lexicon file. One line is one entry: its kind, an optional name in double quotes, a colon and the
 * wordings that express it, separated by {@code |}; {@code #} starts a comment:
 *
 * <pre>
 * FEAR: afraid | scared | frighten*
 * DOUBT "not sure": not sure | unsure | не уверен(а)
 * REFUSAL_REASON: too expensive | слишком дорог*
 * </pre>
 *
 * In a wording, words are separated by spaces and matched against the transcript's words in lower case (ё as е):
 * {@code stem*} matches every word starting with the stem ({@code боял*}: боялась, боялся, боялись);
 * {@code (...)} is an optional ending, with {@code |} between alternatives inside it ({@code отказал(ся|ась|ись)});
 * {@code ..} is a gap of up to two words ({@code не .. уверен(а)}: "не очень уверена"). The kinds are FEAR, DOUBT,
 * REFUSAL_REASON (also REFUSAL) and NEED. Without a name, an entry is named by its first wording, without the stars
 * and optional endings. A fear or reason just after a negation ("not afraid", "не боюсь") is not counted, unless the
 * wording itself starts with one.
 */
final class LexiconReader {

	private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z_]+)\\s*(?:\"([^\"]*)\")?\\s*:\\s*(.*)$");

	/** Thrown for a line that is not an entry. */
	static final class LexiconSyntaxError extends Exception {

		private static final long serialVersionUID = 1L;

		LexiconSyntaxError(String message) {
			super(message, null, false, false);
		}
	}

	private LexiconReader() {
	}

	static List<LexiconEntry> read(String file, String text) throws LexiconSyntaxError {
		List<LexiconEntry> entries = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = withoutComment(lines[i]).replace("\uFEFF", "").strip();
			if (!line.isEmpty()) {
				entries.add(entry(line, file + ", line " + (i + 1)));
			}
		}
		return entries;
	}

	private static LexiconEntry entry(String line, String source) throws LexiconSyntaxError {
		Matcher parts = LINE.matcher(line);
		if (!parts.matches()) {
			throw new LexiconSyntaxError(source + ": write an entry as KIND: wording | wording, e.g. FEAR: afraid | scared");
		}
		InsightKind kind = kind(parts.group(1), source);
		List<List<Pattern>> wordings = new ArrayList<>();
		String firstWording = null;
		for (String wording : parts.group(3).split("\\|(?![^(]*\\))")) {
			if (wording.isBlank()) {
				continue;
			}
			firstWording = firstWording == null ? wording.strip() : firstWording;
			wordings.add(wording(wording.strip(), source));
		}
		if (wordings.isEmpty()) {
			throw new LexiconSyntaxError(source + ": the entry lists no wording after the colon");
		}
		String name = parts.group(2) != null && !parts.group(2).isBlank() ? parts.group(2).strip()
				: Words.normalise(firstWording.replaceAll("\\([^)]*\\)", "").replace("*", "").replace("..", " ")
						.replaceAll("\\s+", " ").strip());
		return new LexiconEntry(kind, name, wordings, source);
	}

	private static InsightKind kind(String written, String source) throws LexiconSyntaxError {
		String upper = written.toUpperCase(Locale.ROOT);
		if (upper.equals("REFUSAL")) {
			return InsightKind.REFUSAL_REASON;
		}
		InsightKind kind = InsightKind.get(upper);
		if (kind == null || kind == InsightKind.REPEATED_WORDING || kind == InsightKind.OTHER) {
			throw new LexiconSyntaxError(
					source + ": unknown kind " + written + "; write FEAR, DOUBT, REFUSAL_REASON or NEED");
		}
		return kind;
	}

	private static List<Pattern> wording(String wording, String source) throws LexiconSyntaxError {
		List<Pattern> words = new ArrayList<>();
		for (String word : wording.split("\\s+")) {
			if (word.equals("..")) {
				if (words.isEmpty()) {
					throw new LexiconSyntaxError(source + ": a wording cannot start with a gap (..)");
				}
				words.add(null);
			} else {
				words.add(wordPattern(word, source));
			}
		}
		if (words.get(words.size() - 1) == null) {
			throw new LexiconSyntaxError(source + ": a wording cannot end with a gap (..)");
		}
		return words;
	}

	private static Pattern wordPattern(String word, String source) throws LexiconSyntaxError {
		StringBuilder regex = new StringBuilder();
		String normalised = Words.normalise(word);
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (c == '*') {
				regex.append("[\\p{L}\\p{N}'\\-]*");
			} else if (c == '(') {
				int close = normalised.indexOf(')', i);
				if (close < 0) {
					throw new LexiconSyntaxError(source + ": \"" + word + "\" opens an ending with ( but never closes it");
				}
				List<String> endings = new ArrayList<>();
				for (String ending : normalised.substring(i + 1, close).split("\\|")) {
					endings.add(Pattern.quote(ending));
				}
				regex.append("(?:").append(String.join("|", endings)).append(")?");
				i = close;
			} else if (Character.isLetterOrDigit(c) || c == '\'' || c == '-') {
				regex.append(Pattern.quote(String.valueOf(c)));
			} else {
				throw new LexiconSyntaxError(source + ": \"" + word + "\" holds '" + c
						+ "'; a word has letters, digits, ' and -, with * and (endings)");
			}
		}
		return Pattern.compile(regex.toString());
	}

	private static String withoutComment(String line) {
		int comment = line.indexOf('#');
		return comment >= 0 ? line.substring(0, comment) : line;
	}
}
