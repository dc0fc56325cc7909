package org.cjmstudio.research.patterns;

import java.util.List;

/**
 * A sentence the respondent said: its place in the transcript (end exclusive) and its words. A class, not a record:
 * sentences are told apart by identity, and hashing all their words as a record does made large studies slow.
 */
final class Sentence {

	private final int start;
	private final int end;
	private final List<Word> words;

	Sentence(int start, int end, List<Word> words) {
		this.start = start;
		this.end = end;
		this.words = words;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	List<Word> words() {
		return words;
	}
}
