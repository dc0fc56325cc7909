package org.cjmstudio.collab.ui.live;

import org.cjmstudio.collab.sync.SyncStatus;

/** The status line's words for a team map: "Team: connected · v12", "Team: offline · 3 changes waiting". */
public final class TeamStatusText {

	private TeamStatusText() {
	}

	public static String of(SyncStatus status, long version) {
		return "Team: " + switch (status.state()) {
		case CONNECTED -> "connected · v" + version + (status.waiting() == 0 ? "" : " · sending " + changes(status));
		case OFFLINE -> "offline · " + (status.waiting() == 0 ? "no changes" : changes(status)) + " waiting";
		case REFUSED -> "refused · " + status.message();
		case CLOSED -> "closed";
		};
	}

	private static String changes(SyncStatus status) {
		return status.waiting() + (status.waiting() == 1 ? " change" : " changes");
	}
}
