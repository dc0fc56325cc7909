package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.collab.merge.ConflictResolver;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.collab.sync.LocalMapStore;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.sync.SessionListener;
import org.cjmstudio.collab.sync.SyncStatus;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * A workbench without a window, for tests: a team map open in an editing domain, commands executed on its own model
 * thread (as the UI thread would), and a conflict resolver the test sets.
 */
final class TeamClient implements AutoCloseable {

	private final ExecutorService modelThread;
	private final Path storeFolder;
	private final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	private final MapSession session;
	private final List<Map<Conflict, Conflict.Choice>> settled = new ArrayList<>();
	private final List<String> refused = new ArrayList<>();
	private volatile ConflictResolver resolver = conflicts -> {
		throw new AssertionError("unexpected conflicts: " + conflicts);
	};

	private TeamClient(ExecutorService modelThread, MapSession session, Path storeFolder) {
		this.modelThread = modelThread;
		this.storeFolder = storeFolder;
		this.session = session;
		run(() -> {
			Resource resource = domain.getResourceSet().createResource(URI.createURI("team:/" + session.mapId() + ".cjm"));
			resource.getContents().add(session.map());
			session.addListener(new SessionListener() {
				@Override
				public void conflictsSettled(Map<Conflict, Conflict.Choice> choices) {
					settled.add(choices);
				}

				@Override
				public void changeRefused(String summary, String reason) {
					refused.add(reason);
				}
			});
			session.start(domain.getCommandStack());
			return null;
		});
	}

	static TeamClient open(RepositoryClient client, String mapId, Path store) throws Exception {
		ExecutorService thread = Executors.newSingleThreadExecutor();
		ResolverHolder holder = new ResolverHolder();
		MapSession session = MapSession.open(client, mapId, new LocalMapStore(store, RepositoryClient.graphOf(mapId)),
				thread, holder);
		TeamClient teamClient = new TeamClient(thread, session, store);
		holder.client = teamClient;
		return teamClient;
	}

	static TeamClient share(RepositoryClient client, JourneyMap local, Path store) throws Exception {
		ExecutorService thread = Executors.newSingleThreadExecutor();
		ResolverHolder holder = new ResolverHolder();
		MapSession session = MapSession.share(client, local,
				new LocalMapStore(store, RepositoryClient.graphOf(local.getId())), thread, holder);
		TeamClient teamClient = new TeamClient(thread, session, store);
		holder.client = teamClient;
		return teamClient;
	}

	Path storeFolder() {
		return storeFolder;
	}

	static Path newStore() throws Exception {
		return Files.createTempDirectory("cjm-client-");
	}

	/** Lets a test answer the conflict dialog. */
	void answerConflictsWith(ConflictResolver answer) {
		resolver = answer;
	}

	List<Map<Conflict, Conflict.Choice>> settledConflicts() {
		return run(() -> List.copyOf(settled));
	}

	List<String> refusedChanges() {
		return run(() -> List.copyOf(refused));
	}

	/** Executes a command on the map's command stack, as the editor would (the function runs on the model thread). */
	void edit(BiFunction<AdapterFactoryEditingDomain, JourneyMap, Command> command) {
		run(() -> {
			Command created = command.apply(domain, session.map());
			if (!created.canExecute()) {
				fail("the command cannot execute: " + created.getLabel());
			}
			domain.getCommandStack().execute(created);
			return null;
		});
	}

	void undo() {
		run(() -> {
			domain.getCommandStack().undo();
			return null;
		});
	}

	<T> T read(Function<JourneyMap, T> query) {
		return run(() -> query.apply(session.map()));
	}

	/** The map's full export now. */
	Graph export() {
		return run(() -> ElementTriples.of(session.map()).toGraph());
	}

	SyncStatus status() {
		return session.status();
	}

	MapSession session() {
		return session;
	}

	/** Waits until everything this client has was sent and it has the server's {@code version}. */
	void awaitSynced(long version) {
		await(() -> session.status().waiting() == 0 && run(session::version) >= version, Duration.ofSeconds(20),
				"client of " + session.client().user() + " to reach version " + version + ", status " + session.status());
	}

	/** Waits until every client has sent everything and has what the server has; returns that version. */
	static long awaitAllSynced(RepositoryClient server, String mapId, TeamClient... clients) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			long version = server.snapshot(mapId, java.util.OptionalLong.empty()).version();
			boolean synced = true;
			for (TeamClient client : clients) {
				synced &= client.status().waiting() == 0 && client.run(client.session::version) == version;
			}
			if (synced) {
				return version;
			}
			Thread.sleep(50);
		}
		fail("the clients did not all reach the server's version");
		return -1;
	}

	void await(BooleanSupplier condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted");
			}
		}
	}

	<T> T run(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, modelThread).join();
	}

	@Override
	public void close() {
		run(() -> {
			session.close();
			return null;
		});
		modelThread.shutdown();
	}

	/** The session asks the resolver only after the client exists; this hands the question on. */
	private static final class ResolverHolder implements ConflictResolver {
		TeamClient client;

		@Override
		public Map<Conflict, Conflict.Choice> resolve(List<Conflict> conflicts) {
			return client.resolver.resolve(conflicts);
		}
	}
}
