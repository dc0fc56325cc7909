package org.cjmstudio.collab.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.apply.GraphToModel;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.client.CommitOutcome;
import org.cjmstudio.collab.client.MapSnapshot;
import org.cjmstudio.collab.client.Presence;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.client.VersionedPatch;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.collab.merge.ConflictResolver;
import org.cjmstudio.collab.merge.ThreeWayMerge;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.collab.recording.ChangeSummaries;
import org.cjmstudio.collab.recording.CommandRecorder;
import org.cjmstudio.collab.recording.CommandRecorder.RecordedChange;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.UninstalledPluginContent;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;

/**
 * One open team map: the live model, what the server last confirmed, and my changes not yet confirmed, kept equal
 * to "confirmed + mine" at every moment and stored in the workspace ({@link LocalMapStore}) before an edit returns.
 * Every command on the map's stack becomes a patch on top of the last one ({@link CommandRecorder}); the
 * {@link SyncLoops} send them one by one and bring in the others' patches. When someone was first, my patches are
 * rebased ({@link ThreeWayMerge}, conflicts settled by the {@link ConflictResolver}) into one patch on top of theirs.
 * <p>
 * All state changes run on the map's model thread (the workbench's UI thread for an open editor), the same thread
 * that runs the commands, so the model never changes under a command; network calls never run there.
 */
public final class MapSession implements AutoCloseable {

	private final RepositoryClient client;
	private final String mapId;
	private final LocalMapStore store;
	private final Executor modelThread;
	private final ConflictResolver resolver;
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private final JourneyMap map;
	private final Graph confirmed;
	private long version;
	private String head;
	private final List<MapPatch> pending;
	private CommandRecorder recorder;
	private SyncLoops loops;
	private volatile SyncStatus status = new SyncStatus(SyncStatus.State.OFFLINE, 0, "");

	private MapSession(RepositoryClient client, String mapId, LocalMapStore store, Executor modelThread,
			ConflictResolver resolver, LocalMapStore.Stored stored) throws IOException {
		this.client = client;
		this.mapId = mapId;
		this.store = store;
		this.modelThread = modelThread;
		this.resolver = resolver;
		this.confirmed = stored.confirmed();
		this.version = stored.version();
		this.head = stored.head();
		this.pending = new ArrayList<>(stored.pending());
		Graph local = copy(confirmed);
		pending.forEach(patch -> patch.changes().applyTo(local));
		this.map = mapOf(local, store);
	}

	/**
	 * Opens a team map: from its copy in the workspace when there is one (so it opens offline too, with the changes
	 * that wait), else from the server.
	 */
	public static MapSession open(RepositoryClient client, String mapId, LocalMapStore store, Executor modelThread,
			ConflictResolver resolver) throws RepositoryException, IOException {
		if (!store.exists()) {
			MapSnapshot snapshot = client.snapshot(mapId, OptionalLong.empty());
			store.reset(snapshot.graph(), snapshot.version(), snapshot.head());
		}
		return new MapSession(client, mapId, store, modelThread, resolver, store.load());
	}

	/**
	 * Shares a local map: uploads it as the first patch of a new team map (its graph is the map's export), and
	 * returns the session of the new team map. The local map itself is not changed.
	 *
	 * @throws RepositoryException also when the server refuses the map (the message says why)
	 * @throws IOException also when the map holds cards of a plugin that is not installed here (they are not shared)
	 */
	public static MapSession share(RepositoryClient client, JourneyMap local, LocalMapStore store,
			Executor modelThread, ConflictResolver resolver) throws RepositoryException, IOException {
		String kept = UninstalledPluginContent.describe(local);
		if (kept != null) {
			// kept in the map file, but not in the map: the team map would lose them without a word
			throw new IOException(kept + ", which a team map cannot carry without the plugin: install it to share the "
					+ "map. Nothing was shared.");
		}
		Graph graph = ElementTriples.of(local).toGraph();
		MapPatch first = MapPatch.create(null, client.user(), "shared the map '" + local.getTitle() + "'",
				new TripleDiff(List.of(), graph.find().toList()));
		CommitOutcome outcome = client.commit(local.getId(), first);
		if (outcome instanceof CommitOutcome.Rejected rejected) {
			throw new RepositoryException(RepositoryException.Reason.FORBIDDEN,
					"The team repository refused the map '" + local.getTitle() + "': " + rejected.reason());
		}
		if (outcome instanceof CommitOutcome.Behind) {
			throw new RepositoryException(RepositoryException.Reason.FORBIDDEN, "The team repository already has "
					+ "this map (same id). Open it from the Team Maps view instead of sharing it again.");
		}
		store.reset(graph, ((CommitOutcome.Accepted) outcome).version(), first.id());
		return new MapSession(client, local.getId(), store, modelThread, resolver, store.load());
	}

	private static JourneyMap mapOf(Graph graph, LocalMapStore store) throws IOException {
		try {
			ImportResult result = RdfImport.read(graph);
			return result.maps().get(0);
		} catch (RdfImportException e) {
			throw new IOException("The team map in " + store.folder() + " cannot be read: " + e.getMessage(), e);
		}
	}

	public JourneyMap map() {
		return map;
	}

	public String mapId() {
		return mapId;
	}

	public RepositoryClient client() {
		return client;
	}

	public SyncStatus status() {
		return status;
	}

	public long version() {
		return version;
	}

	/** The id of the last patch the server confirmed (its {@code H id}); call on the model thread. */
	public String head() {
		return head;
	}

	public void addListener(SessionListener listener) {
		listeners.add(listener);
	}

	public void removeListener(SessionListener listener) {
		listeners.remove(listener);
	}

	/**
	 * Starts recording the commands of {@code commandStack} (the map's editing domain's) and synchronising. Call on
	 * the model thread once the map is in its resource.
	 */
	public void start(CommandStack commandStack) {
		recorder = new CommandRecorder(map, commandStack, ElementTriples.of(map), this::recorded);
		loops = new SyncLoops(this, client, mapId);
		loops.start();
		publishStatus(SyncStatus.State.OFFLINE, "");
	}

	/** Tells the others which element I have selected (null for none). Any thread. */
	public void select(String elementId) {
		if (loops != null) {
			loops.select(elementId);
		}
	}

	@Override
	public void close() {
		if (loops != null) {
			loops.stop();
		}
		if (recorder != null) {
			recorder.dispose();
		}
		publishStatus(SyncStatus.State.CLOSED, "");
	}

	// ---- on the model thread

	private void recorded(RecordedChange change) {
		String summary = ChangeSummaries.describe(change.changes(), change.touched(), change.label());
		MapPatch patch = MapPatch.create(lastId(), client.user(), summary, change.changes());
		try {
			store.appendPending(patch);
		} catch (IOException e) {
			// the edit is in the model; it is sent with the next change that can be stored, or on a rebase
			throw new UncheckedIOException("Could not keep the change in the workspace: " + e.getMessage(), e);
		}
		pending.add(patch);
		publishWaiting();
		loops.wake();
	}

	private String lastId() {
		return pending.isEmpty() ? head : pending.get(pending.size() - 1).id();
	}

	/** The server accepted {@code patch} as {@code newVersion}. */
	void accepted(MapPatch patch, long newVersion) {
		if (pending.isEmpty() || !pending.get(0).id().equals(patch.id()) || newVersion != version + 1) {
			return; // already taken in by a poll
		}
		confirm(List.of(new VersionedPatch(newVersion, patch)));
		store(List.of(new VersionedPatch(newVersion, patch)));
		publishWaiting();
	}

	private void confirm(List<VersionedPatch> patches) {
		for (VersionedPatch patch : patches) {
			patch.patch().changes().applyTo(confirmed);
			version = patch.version();
			head = patch.patch().id();
			if (!pending.isEmpty() && pending.get(0).id().equals(head)) {
				pending.remove(0);
			}
		}
	}

	/** Brings in patches from the log, in order; my own ones (sent, answer lost) just confirm mine. */
	void integrate(List<VersionedPatch> patches) {
		List<VersionedPatch> mine = new ArrayList<>();
		List<VersionedPatch> theirs = new ArrayList<>();
		for (VersionedPatch patch : patches) {
			if (patch.version() <= version + mine.size() + theirs.size()) {
				continue;
			}
			if (theirs.isEmpty() && pending.size() > mine.size()
					&& pending.get(mine.size()).id().equals(patch.patch().id())) {
				mine.add(patch);
			} else {
				theirs.add(patch);
			}
		}
		confirm(mine);
		if (theirs.isEmpty()) {
			store(mine);
			publishWaiting();
			return;
		}
		Graph base = copy(confirmed);
		Graph local = recorder.index().toGraph();
		confirm(theirs);
		Collection<EObject> touched;
		if (pending.isEmpty()) {
			touched = applyToModel(TripleDiff.between(local, confirmed), confirmed);
		} else {
			String theirAuthors = String.join(", ", new LinkedHashSet<>(
					theirs.stream().map(p -> String.valueOf(p.patch().author())).toList()));
			ThreeWayMerge.Result merge = ThreeWayMerge.merge(base, confirmed, local, theirAuthors, resolver);
			touched = applyToModel(TripleDiff.between(local, merge.merged()), merge.merged());
			rebasePendingOnto(summaryOfPending());
			if (!merge.choices().isEmpty()) {
				listeners.forEach(listener -> listener.conflictsSettled(merge.choices()));
			}
		}
		List<VersionedPatch> confirmedNow = new ArrayList<>(mine);
		confirmedNow.addAll(theirs);
		store(confirmedNow);
		Collection<EObject> changed = touched;
		listeners.forEach(listener -> listener.remoteChangesApplied(changed));
		publishWaiting();
		loops.wake();
	}

	/** The server refused {@code patch}: take it back out of the map, keep my later changes. */
	void refused(MapPatch patch, String reason) {
		if (pending.isEmpty() || !pending.get(0).id().equals(patch.id())) {
			return;
		}
		Graph withIt = copy(confirmed);
		patch.changes().applyTo(withIt);
		Graph local = recorder.index().toGraph();
		ThreeWayMerge.Result withoutIt = ThreeWayMerge.merge(withIt, confirmed, local, "the server",
				conflicts -> keepMine(conflicts));
		pending.remove(0);
		String laterSummary = summaryOfPending();
		Collection<EObject> touched = applyToModel(TripleDiff.between(local, withoutIt.merged()), withoutIt.merged());
		rebasePendingOnto(laterSummary);
		store(List.of());
		listeners.forEach(listener -> listener.changeRefused(patch.summary(), reason));
		listeners.forEach(listener -> listener.remoteChangesApplied(touched));
		publishWaiting();
	}

	private static Map<Conflict, Conflict.Choice> keepMine(List<Conflict> conflicts) {
		Map<Conflict, Conflict.Choice> choices = new HashMap<>();
		conflicts.forEach(conflict -> choices.put(conflict, Conflict.Choice.MINE));
		return choices;
	}

	/** Loads a merged graph into the map outside the command stack; the map's export is what counts from now. */
	private Collection<EObject> applyToModel(TripleDiff change, Graph target) {
		Set<String> ids = new LinkedHashSet<>();
		for (List<Triple> triples : List.of(change.deletes(), change.adds())) {
			triples.forEach(triple -> MapIris.elementIdOf(triple).ifPresent(ids::add));
		}
		List<EObject> touched = new ArrayList<>();
		recorder.applyUnrecorded(() -> {
			touched.addAll(new GraphToModel(target, map).update(ids));
			return touched;
		});
		return touched;
	}

	/** Replaces what is pending by one patch from the confirmed head to the map as it is now. */
	private void rebasePendingOnto(String summary) {
		TripleDiff rest = TripleDiff.between(confirmed, recorder.index().toGraph());
		pending.clear();
		if (!rest.isEmpty()) {
			pending.add(MapPatch.create(head, client.user(), summary, rest));
		}
	}

	private String summaryOfPending() {
		List<String> summaries = pending.stream().map(MapPatch::summary).filter(s -> !s.isBlank()).distinct().toList();
		if (summaries.isEmpty()) {
			return "merged changes";
		}
		if (summaries.size() <= 3) {
			return String.join("; ", summaries);
		}
		return String.join("; ", summaries.subList(0, 3)) + " and " + (summaries.size() - 3) + " more changes";
	}

	private void store(List<VersionedPatch> newlyConfirmed) {
		try {
			store.update(newlyConfirmed, List.copyOf(pending));
			store.compactIfLong(confirmed, version, head);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not keep the team map in the workspace: " + e.getMessage(), e);
		}
	}

	// ---- for the sync loops (any thread)

	/** The next patch to send, or null. */
	MapPatch nextToSend() {
		return runOnModelThread(() -> pending.isEmpty() ? null : pending.get(0));
	}

	long confirmedVersion() {
		return runOnModelThread(() -> version);
	}

	<T> T runOnModelThread(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, modelThread).join();
	}

	void onModelThread(Runnable task) {
		CompletableFuture.runAsync(task, modelThread).join();
	}

	void publishStatus(SyncStatus.State state, String message) {
		SyncStatus now = new SyncStatus(state, pending.size(), message);
		if (!now.equals(status)) {
			status = now;
			listeners.forEach(listener -> listener.statusChanged(now));
		}
	}

	void publishPresence(List<Presence> others) {
		listeners.forEach(listener -> listener.presenceChanged(others));
	}

	private void publishWaiting() {
		publishStatus(status.state() == SyncStatus.State.CLOSED ? SyncStatus.State.CLOSED : status.state(),
				status.message());
	}

	private static Graph copy(Graph graph) {
		Graph copy = GraphFactory.createDefaultGraph();
		graph.find().forEachRemaining(copy::add);
		return copy;
	}
}
