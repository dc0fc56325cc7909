package org.cjmstudio.research.patterns;

/** Where a phrase was said: the interview, the sentence around it, and the words themselves (end exclusive). */
record Occurrence(AnalysedInterview interview, Sentence sentence, int start, int end) {
}
