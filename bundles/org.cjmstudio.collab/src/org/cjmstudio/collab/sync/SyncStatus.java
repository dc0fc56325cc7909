package org.cjmstudio.collab.sync;

/** Where a team map's synchronisation stands, for the status line: connected, offline, n changes waiting. */
public record SyncStatus(State state, int waiting, String message) {

	public enum State {
		/** Talking to the server; {@code waiting} changes still to be sent. */
		CONNECTED,
		/** The server cannot be reached; editing goes on, changes wait in the workspace. */
		OFFLINE,
		/** The server refuses the user name or password, or this user's access to the map. */
		REFUSED,
		/** The session is closed. */
		CLOSED
	}

	public String describe() {
		return switch (state) {
		case CONNECTED -> waiting == 0 ? "Connected" : "Connected, sending " + waiting + " change" + plural();
		case OFFLINE -> "Offline, " + (waiting == 0 ? "no changes" : waiting + " change" + plural()) + " waiting";
		case REFUSED -> "Refused: " + message;
		case CLOSED -> "Closed";
		};
	}

	private String plural() {
		return waiting == 1 ? "" : "s";
	}
}
