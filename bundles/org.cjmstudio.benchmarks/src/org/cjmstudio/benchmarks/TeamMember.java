package org.cjmstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.collab.merge.ConflictResolver;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.collab.sync.LocalMapStore;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.sync.SessionListener;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * One member of the benchmark's team: a team map open in an editing domain as in the workbench (without a window),
 * its commands run on a model thread of its own, as the UI thread would run them, with a workspace store of its own.
 * Each edit adds a touchpoint named after its author and number; the member notes when the others' touchpoints
 * reach its map. Conflicts should not happen (every edit adds a new card); if one does, it keeps the member's side
 * and is counted by its kind.
 */
final class TeamMember implements AutoCloseable {

	static final String CARD_PREFIX = "bench ";

	private final String user;
	private final ExecutorService modelThread;
	private final Path store;
	private final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	private final Set<String> seen = new HashSet<>();
	private final Map<String, Integer> conflicts;
	private MapSession session;

	private TeamMember(String user, Path store, Map<String, Integer> conflicts) {
		this.user = user;
		this.store = store;
		this.conflicts = conflicts;
		this.modelThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "model thread of " + user));
	}

	/** Opens the team map {@code mapId} from the server into a fresh workspace store. */
	static TeamMember open(RepositoryClient client, String mapId, PropagationClock clock,
			Map<String, Integer> conflicts) throws Exception {
		TeamMember member = new TeamMember(client.user(), Files.createTempDirectory("cjm-bench-" + client.user() + "-"),
				conflicts);
		member.session = MapSession.open(client, mapId, member.localStore(mapId), member.modelThread,
				member.keepingMine());
		member.start(clock);
		return member;
	}

	/** Shares {@code map} as a new team map owned by this member. */
	static TeamMember share(RepositoryClient client, JourneyMap map, PropagationClock clock,
			Map<String, Integer> conflicts) throws Exception {
		TeamMember member = new TeamMember(client.user(), Files.createTempDirectory("cjm-bench-" + client.user() + "-"),
				conflicts);
		member.session = MapSession.share(client, map, member.localStore(map.getId()), member.modelThread,
				member.keepingMine());
		member.start(clock);
		return member;
	}

	private LocalMapStore localStore(String mapId) {
		return new LocalMapStore(store, RepositoryClient.graphOf(mapId));
	}

	private ConflictResolver keepingMine() {
		return found -> {
			found.forEach(conflict -> conflicts.merge(describe(conflict), 1, Integer::sum));
			return found.stream().collect(Collectors.toMap(conflict -> conflict, conflict -> Conflict.Choice.MINE));
		};
	}

	/** "LIST_ORDER of touchpoints", for the report. */
	private static String describe(Conflict conflict) {
		String property = conflict.property() == null ? "" : " of " + conflict.property().getLocalName();
		return conflict.kind() + property;
	}

	private void start(PropagationClock clock) {
		String own = CARD_PREFIX + user + " #";
		run(() -> {
			domain.getResourceSet().createResource(URI.createURI("team:/" + session.mapId() + ".cjm")).getContents()
					.add(session.map());
			session.addListener(new SessionListener() {
				@Override
				public void remoteChangesApplied(Collection<EObject> touched) {
					for (EObject element : touched) {
						if (element instanceof Touchpoint card && card.getName() != null
								&& card.getName().startsWith(CARD_PREFIX) && !card.getName().startsWith(own)
								&& card.eContainer() != null && seen.add(card.getName())) {
							clock.seen(card.getName());
						}
					}
				}
			});
			session.start(domain.getCommandStack());
			return null;
		});
	}

	static String cardName(String user, int edit) {
		return CARD_PREFIX + user + " #" + edit;
	}

	String user() {
		return user;
	}

	/** Adds touchpoint number {@code edit} of this member to stage {@code stageIndex}, as one command. */
	void addCard(int edit, int stageIndex, PropagationClock clock) {
		run(() -> {
			JourneyMap map = session.map();
			Stage stage = map.getStages().get(stageIndex % map.getStages().size());
			Touchpoint card = CjmFactory.eINSTANCE.createTouchpoint();
			card.setName(cardName(user, edit));
			Command add = AddCommand.create(domain, stage, CjmPackage.Literals.STAGE__TOUCHPOINTS, card);
			clock.committing(card.getName());
			domain.getCommandStack().execute(add);
			return null;
		});
	}

	/** How many of the others' cards have reached this member's map. */
	int othersSeen() {
		return run(seen::size);
	}

	/** Everything sent and confirmed, and nothing newer known to be on the server than {@code version}. */
	boolean syncedAt(long version) {
		return session.status().waiting() == 0 && run(session::version) == version;
	}

	/** The server version and head this member has, e.g. "v4012 6f1c...". */
	String versionAndHead() {
		return run(() -> "v" + session.version() + " " + session.head());
	}

	Graph export() {
		return run(() -> ElementTriples.of(session.map()).toGraph());
	}

	MapSession session() {
		return session;
	}

	<T> T run(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task, modelThread).join();
	}

	@Override
	public void close() throws IOException {
		run(() -> {
			session.close();
			return null;
		});
		modelThread.shutdown();
		Folders.delete(store);
	}
}
