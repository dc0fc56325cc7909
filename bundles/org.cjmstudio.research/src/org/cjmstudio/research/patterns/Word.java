package org.cjmstudio.research.patterns;

/**
 * A word of a transcript: where it is (UTF-16 offsets, end exclusive) and its normalised form.
 *
 * @param clause the number of the clause within its sentence; phrases never span two clauses
 */
record Word(int start, int end, String text, int clause) {
}
