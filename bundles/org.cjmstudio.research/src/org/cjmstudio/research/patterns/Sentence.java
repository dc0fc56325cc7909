package org.cjmstudio.research.patterns;

import java.util.List;

/** A sentence the respondent said: its place in the transcript (end exclusive) and its words. */
record Sentence(int start, int end, List<Word> words) {
}
