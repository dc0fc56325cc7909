package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cjmstudio.collab.client.Presence;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.sync.LocalMapStore;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.sync.SessionListener;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * The other workbench, Omar's, without a window: a team map in an editing domain of its own, its commands run on its
 * own model thread, as the UI thread would; conflicts are settled for Omar by keeping his.
 */
final class SecondWorkbench implements AutoCloseable {

	private final ExecutorService modelThread = Executors.newSingleThreadExecutor();
	private final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	private MapSession session;
	private volatile List<Presence> others = List.of();
	private boolean closed;

	/** Omar shares {@code sample} as a new team map. */
	static SecondWorkbench sharing(RepositoryClient client, SampleMap sample) throws Exception {
		SecondWorkbench workbench = new SecondWorkbench();
		JourneyMap local = load(sample);
		workbench.session = MapSession.share(client, local, store(local.getId()), workbench.modelThread,
				conflicts -> conflicts.stream().collect(java.util.stream.Collectors.toMap(c -> c,
						c -> org.cjmstudio.collab.merge.Conflict.Choice.MINE)));
		workbench.start();
		return workbench;
	}

	private static LocalMapStore store(String mapId) throws Exception {
		return new LocalMapStore(Files.createTempDirectory("cjm-omar-"), RepositoryClient.graphOf(mapId));
	}

	static JourneyMap load(SampleMap sample) throws Exception {
		Path file = Files.createTempFile("sample-", ".cjm");
		try (InputStream in = sample.open()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return MapFiles.load(file);
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private void start() {
		run(() -> {
			Resource resource = domain.getResourceSet().createResource(URI.createURI("team:/" + session.mapId() + ".cjm"));
			resource.getContents().add(session.map());
			session.addListener(new SessionListener() {
				@Override
				public void presenceChanged(List<Presence> now) {
					others = List.copyOf(now);
				}
			});
			session.start(domain.getCommandStack());
			return null;
		});
	}

	String mapId() {
		return session.mapId();
	}

	/** Runs a command on Omar's command stack, as his editor would. */
	void edit(BiFunction<AdapterFactoryEditingDomain, JourneyMap, Command> command) {
		run(() -> {
			Command created = command.apply(domain, session.map());
			assertTrue(created.canExecute(), "the command cannot execute: " + created.getLabel());
			domain.getCommandStack().execute(created);
			return null;
		});
	}

	/** Omar selects {@code element} in his editor (null: nothing). */
	void select(Function<JourneyMap, ? extends Identifiable> element) {
		run(() -> {
			Identifiable selected = element.apply(session.map());
			session.select(selected == null ? null : selected.getId());
			return null;
		});
	}

	/** Who else Omar's workbench says has the map open. */
	List<Presence> others() {
		return others;
	}

	<T> T read(Function<JourneyMap, T> query) {
		return run(() -> query.apply(session.map()));
	}

	/** The version Omar's workbench has from the server. */
	long version() {
		return run(session::version);
	}

	/** Waits (blocking the calling thread) until Omar has sent everything and has at least {@code version}. */
	void awaitSynced(long version) {
		await(() -> session.status().waiting() == 0 && run(session::version) >= version, "Omar to reach version "
				+ version + " (" + session.status() + ")");
	}

	void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
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

	static Touchpoint touchpoint(JourneyMap map, int index) {
		List<Touchpoint> all = map.getStages().stream().flatMap(stage -> stage.getTouchpoints().stream()).toList();
		return all.get(index);
	}

	<T> T run(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, modelThread).join();
	}

	/** Omar closes the map (again: nothing happens). */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		run(() -> {
			session.close();
			return null;
		});
		modelThread.shutdown();
	}
}
