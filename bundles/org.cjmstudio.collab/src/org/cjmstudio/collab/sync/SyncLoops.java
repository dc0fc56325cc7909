package org.cjmstudio.collab.sync;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.cjmstudio.collab.client.CommitOutcome;
import org.cjmstudio.collab.client.Presence;
import org.cjmstudio.collab.client.RemoteChanges;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.sync.SyncStatus.State;

/**
 * The two background threads of a session. The sender sends waiting patches one at a time, as soon as there are
 * any, and tells the server what the user has selected. The receiver long-polls the server for the others' patches
 * and presence, so a change shows on the other workbenches as soon as the server has it. Neither touches the map:
 * they hand what they learn to the session's model thread. When the server cannot be reached they retry, waiting a
 * little longer each time (up to two seconds), and the session shows "offline".
 */
final class SyncLoops {

	private static final System.Logger LOG = System.getLogger(SyncLoops.class.getName());
	private static final Duration POLL = Duration.ofSeconds(20);
	private static final long MAX_BACKOFF_MILLIS = 2000;
	private static final long PRESENCE_HEARTBEAT_MILLIS = 10_000;

	private final MapSession session;
	private final RepositoryClient client;
	private final String mapId;
	private final Object signal = new Object();
	private volatile boolean running = true;
	private volatile String selection;
	private volatile boolean selectionChanged = true;
	private boolean woken;
	private Thread sender;
	private Thread receiver;

	SyncLoops(MapSession session, RepositoryClient client, String mapId) {
		this.session = session;
		this.client = client;
		this.mapId = mapId;
	}

	void start() {
		sender = new Thread(this::send, "CJM team map sender " + mapId);
		receiver = new Thread(this::receive, "CJM team map receiver " + mapId);
		sender.setDaemon(true);
		receiver.setDaemon(true);
		sender.start();
		receiver.start();
	}

	/** There is something to send. */
	void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	void select(String elementId) {
		if (!Objects.equals(elementId, selection)) {
			selection = elementId;
			selectionChanged = true;
			wake();
		}
	}

	/** Stops both threads without waiting for them (they may be waiting for the model thread that calls this). */
	void stop() {
		running = false;
		wake();
		receiver.interrupt();
		Thread closing = new Thread(() -> {
			try {
				client.presence(mapId, null, false);
			} catch (RepositoryException offline) {
				// the server drops presence that is not renewed
			}
		}, "CJM team map closing " + mapId);
		closing.setDaemon(true);
		closing.start();
	}

	private void send() {
		long backoff = 100;
		long lastPresence = 0;
		while (running) {
			try {
				MapPatch next = session.nextToSend();
				if (next != null) {
					CommitOutcome outcome = client.commit(mapId, next);
					connected();
					switch (outcome) {
					case CommitOutcome.Accepted accepted -> session.onModelThread(() -> session.accepted(next,
							accepted.version()));
					case CommitOutcome.Behind behind -> waitUntilReceived(behind.version());
					case CommitOutcome.Rejected rejected -> session.onModelThread(() -> session.refused(next,
							rejected.reason()));
					}
					backoff = 100;
					continue;
				}
				long now = System.currentTimeMillis();
				if (selectionChanged || now - lastPresence > PRESENCE_HEARTBEAT_MILLIS) {
					selectionChanged = false;
					client.presence(mapId, selection, true);
					lastPresence = now;
					connected();
				}
				// never ask the model thread while holding the signal: the model thread wakes us through it
				synchronized (signal) {
					if (running && !woken) {
						signal.wait(PRESENCE_HEARTBEAT_MILLIS);
					}
					woken = false;
				}
				backoff = 100;
			} catch (RepositoryException e) {
				backoff = failed(e, backoff);
			} catch (InterruptedException e) {
				return;
			} catch (RuntimeException e) {
				if (!running) {
					return;
				}
				backoff = failedUnexpectedly(e, backoff);
			}
		}
	}

	private void receive() {
		long backoff = 100;
		long presenceStamp = -1;
		while (running) {
			try {
				long version = session.confirmedVersion();
				RemoteChanges changes = client.changesSince(mapId, version, POLL, presenceStamp);
				connected();
				if (!changes.patches().isEmpty()) {
					session.onModelThread(() -> session.integrate(changes.patches()));
				}
				if (changes.presenceStamp() != presenceStamp) {
					presenceStamp = changes.presenceStamp();
					List<Presence> others = changes.presence().stream()
							.filter(presence -> !presence.user().equals(client.user())).toList();
					session.publishPresence(others);
				}
				backoff = 100;
			} catch (RepositoryException e) {
				backoff = failed(e, backoff);
			} catch (RuntimeException e) {
				if (!running) {
					return;
				}
				backoff = failedUnexpectedly(e, backoff);
			}
		}
	}

	/** After a 409: the receiver brings the newer patches in (and rebases); send again once it has. */
	private void waitUntilReceived(long serverVersion) throws InterruptedException {
		long deadline = System.currentTimeMillis() + POLL.toMillis();
		while (running && session.confirmedVersion() < serverVersion && System.currentTimeMillis() < deadline) {
			synchronized (signal) {
				signal.wait(50);
			}
		}
	}

	private void connected() {
		if (running) {
			session.publishStatus(State.CONNECTED, "");
		}
	}

	private long failed(RepositoryException e, long backoff) {
		if (!running) {
			return backoff;
		}
		boolean refused = e.reason() == RepositoryException.Reason.UNAUTHORIZED
				|| e.reason() == RepositoryException.Reason.FORBIDDEN;
		session.publishStatus(refused ? State.REFUSED : State.OFFLINE, e.getMessage());
		pause(refused ? 5000 : backoff);
		return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
	}

	private long failedUnexpectedly(RuntimeException e, long backoff) {
		LOG.log(System.Logger.Level.ERROR, "Synchronising the team map " + mapId + " failed", e);
		session.publishStatus(State.OFFLINE, String.valueOf(e.getMessage()));
		pause(backoff);
		return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
	}

	private void pause(long millis) {
		synchronized (signal) {
			try {
				signal.wait(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				running = false;
			}
		}
	}
}
