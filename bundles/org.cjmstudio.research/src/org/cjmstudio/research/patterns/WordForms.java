package org.cjmstudio.research.patterns;

import java.util.List;

/**
 * Lets a repeated wording be found whatever its grammatical case: Russian respondents say "зарплатная карта",
 * "зарплатную карту" and "с зарплатной картой" for the same thing. A Cyrillic word loses its longest inflectional
 * ending, if at least three letters remain ("карту", "картой" and "карта" all become "карт"). This is a deliberately
 * light stemmer: it only has to make the forms of one word meet, and its result is never shown (proposals show the
 * most frequent wording as said). English words are compared as they are.
 */
final class WordForms {

	/** Longest first, so "ами" is taken before "и". */
	private static final List<String> RUSSIAN_ENDINGS = List.of("иями", "ями", "ами", "ого", "его", "ому", "ему",
			"ыми", "ими", "ией", "иям", "иях", "ях", "ах", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие",
			"ую", "юю", "ом", "ем", "ам", "ям", "ов", "ев", "ия", "ья", "ье", "ии", "ию", "ы", "и", "а", "я", "о", "е",
			"у", "ю", "ь", "й");

	private static final int SHORTEST_STEM = 3;

	private WordForms() {
	}

	/** The form under which {@code normalisedWord} is counted. */
	static String key(String normalisedWord) {
		if (!isCyrillic(normalisedWord)) {
			return normalisedWord;
		}
		for (String ending : RUSSIAN_ENDINGS) {
			if (normalisedWord.endsWith(ending) && normalisedWord.length() - ending.length() >= SHORTEST_STEM) {
				return normalisedWord.substring(0, normalisedWord.length() - ending.length());
			}
		}
		return normalisedWord;
	}

	/** The key of a phrase: the keys of its words, separated by one space. */
	static String keyOfPhrase(String phrase) {
		StringBuilder key = new StringBuilder();
		for (String word : Words.normalisePhrase(phrase).split(" ")) {
			if (!word.isEmpty()) {
				key.append(key.isEmpty() ? "" : " ").append(key(word));
			}
		}
		return key.toString();
	}

	private static boolean isCyrillic(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
				return true;
			}
		}
		return false;
	}
}
