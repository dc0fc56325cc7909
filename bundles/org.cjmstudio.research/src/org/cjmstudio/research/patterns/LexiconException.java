package org.cjmstudio.research.patterns;

/** A lexicon file that cannot be read or holds a line that is not an entry; the message names file and line. */
public final class LexiconException extends Exception {

	private static final long serialVersionUID = 1L;

	public LexiconException(String message, Throwable cause) {
		super(message, cause);
	}
}
