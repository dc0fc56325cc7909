package org.cjmstudio.collab.client;

/**
 * The team repository could not do what was asked. The message is meant for the user: it names the server and
 * says what to do; {@link #reason()} lets the workbench react (go offline, ask for the password again, ...).
 */
public final class RepositoryException extends Exception {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** No answer: server down, wrong address, no network. Changes wait in the queue. */
		UNREACHABLE,
		/** Wrong user name or password. */
		UNAUTHORIZED,
		/** The user may not read or change this map. */
		FORBIDDEN,
		/** No such map on the server. */
		NOT_FOUND,
		/** The server answered something this client does not understand, or failed itself. */
		SERVER_ERROR
	}

	private final Reason reason;

	public RepositoryException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public RepositoryException(Reason reason, String message) {
		this(reason, message, null);
	}

	public Reason reason() {
		return reason;
	}
}
