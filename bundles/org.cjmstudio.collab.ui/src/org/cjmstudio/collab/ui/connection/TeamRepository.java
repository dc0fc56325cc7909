package org.cjmstudio.collab.ui.connection;

import java.util.Optional;

import org.cjmstudio.collab.client.RepositoryClient;
import org.eclipse.core.runtime.ListenerList;

/**
 * The team repository this workbench is connected to, for every window: the Team Maps view lists its maps, Share Map
 * uploads to it. One connection per workbench, as one user works with one team repository at a time; each open team
 * map keeps the client it was opened with. It holds no map state, only who is connected where.
 */
public final class TeamRepository {

	private static final TeamRepository WORKBENCH = new TeamRepository();

	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private volatile RepositoryClient client;
	private volatile boolean triedRemembered;

	private TeamRepository() {
	}

	public static TeamRepository workbench() {
		return WORKBENCH;
	}

	/**
	 * The connection: the one made in this session, else one from the remembered address, user and password (checked
	 * by the first request it makes), else empty.
	 */
	public Optional<RepositoryClient> client() {
		if (client == null && !triedRemembered) {
			triedRemembered = true;
			TeamCredentials.remembered().flatMap(TeamCredentials.Remembered::client).ifPresent(this::connected);
		}
		return Optional.ofNullable(client);
	}

	/** A connection was checked (or taken from the remembered credentials): the views follow it. */
	public void connected(RepositoryClient newClient) {
		client = newClient;
		changed();
	}

	/** The maps on the server changed (a map was shared): the views list them again. */
	public void changed() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	/** {@code listener} runs on the thread that connected or shared. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
