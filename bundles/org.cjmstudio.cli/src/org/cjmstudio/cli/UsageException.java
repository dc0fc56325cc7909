package org.cjmstudio.cli;

/** The command line was wrong; the message says what and how to call the command instead. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
