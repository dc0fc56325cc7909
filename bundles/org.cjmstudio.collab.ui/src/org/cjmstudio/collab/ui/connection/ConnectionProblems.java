package org.cjmstudio.collab.ui.connection;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryException;

/** Says in one sentence, for the Connect dialog, why a connection failed: the address, the password, the server. */
final class ConnectionProblems {

	private ConnectionProblems() {
	}

	static String describe(RepositoryAddress address, String user, RepositoryException e) {
		return switch (e.reason()) {
		case UNREACHABLE -> "No team repository answers at " + address + " (" + rootCause(e)
				+ "). Check the address and that the server is running.";
		case UNAUTHORIZED -> "The team repository at " + address + " did not accept the user name '" + user
				+ "' with this password. Check both and connect again.";
		case FORBIDDEN, NOT_FOUND, SERVER_ERROR -> e.getMessage();
		};
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof java.nio.channels.UnresolvedAddressException) {
			return "no computer has that name";
		}
		String message = cause.getMessage();
		return message != null && !message.isBlank() ? message : cause.getClass().getSimpleName();
	}
}
