package org.cjmstudio.collab.server.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.collab.client.MapAccess;
import org.cjmstudio.collab.client.TeamMapInfo;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.PatchFormatException;
import org.cjmstudio.collab.patch.PatchText;
import org.cjmstudio.collab.server.validation.PatchCheck;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * The team's maps in one TDB2 dataset: each map in its named graph (the graph a TriG export uses, so the SPARQL
 * endpoint shows exactly the maps' exports), its log in a graph of its own, heads, titles and access in the
 * registry graph. Clients get a map's graph from the log (kept in memory), term for term as the patches wrote
 * it: TDB2 stores numbers and dates by value and gives them back in its own lexical form ("46.0e0"), which is the
 * same value but not the same RDF term as the export's "46.0". A patch is accepted only if its {@code prev} is the map's head; then it is applied, checked, logged
 * and the head moved in <em>one</em> TDB2 write transaction ({@link Txn#calculateWrite}), so a crash leaves the map
 * before or after the patch, and a rejected patch leaves nothing behind.
 */
public final class MapRepository implements AutoCloseable {

	private final DatasetGraph dataset;
	private final PatchCheck check;
	private final Map<String, MapLog> logs = new ConcurrentHashMap<>();
	private final Object creation = new Object();

	private MapRepository(DatasetGraph dataset, PatchCheck check) {
		this.dataset = dataset;
		this.check = check;
		Txn.executeRead(dataset, this::loadLogs);
	}

	/** Opens (or creates) the repository in a TDB2 folder. */
	public static MapRepository open(Path folder, PatchCheck check) {
		return new MapRepository(DatabaseMgr.connectDatasetGraph(folder.toString()), check);
	}

	public DatasetGraph dataset() {
		return dataset;
	}

	/** The maps {@code user} may read, by title. */
	public List<TeamMapInfo> maps(String user) {
		List<TeamMapInfo> maps = new ArrayList<>();
		for (MapLog log : logs.values()) {
			MapAccess access = log.access();
			if (access.mayRead(user)) {
				maps.add(new TeamMapInfo(log.mapId(), log.title(), log.version(), access.owner(), access.mayWrite(user)));
			}
		}
		maps.sort(Comparator.comparing(TeamMapInfo::title, String.CASE_INSENSITIVE_ORDER));
		return maps;
	}

	public Optional<MapAccess> access(String mapId) {
		return Optional.ofNullable(logs.get(mapId)).map(MapLog::access);
	}

	public List<String> readableGraphs(String user) {
		return logs.values().stream().filter(log -> log.access().mayRead(user))
				.map(log -> ElementIris.graphOf(log.mapId()).getURI()).toList();
	}

	public void setAccess(String mapId, MapAccess access) {
		MapLog log = logs.get(mapId);
		Node map = mapNode(mapId);
		synchronized (log) {
			Txn.executeWrite(dataset, () -> writeAccess(map, access));
			log.setAccess(access);
		}
	}

	/** Offers a patch from {@code user}; see {@link CommitResult} for the answers. */
	public CommitResult commit(String mapId, String patchText, String user) {
		MapPatch patch;
		try {
			patch = PatchText.read(patchText, ElementIris.graphOf(mapId));
		} catch (PatchFormatException e) {
			return new CommitResult.Rejected(true, "The change was refused: " + e.getMessage() + ".");
		}
		MapLog log = logs.get(mapId);
		if (log == null) {
			return create(mapId, patch, patchText, user);
		}
		synchronized (log) {
			if (!log.access().mayWrite(user)) {
				return new CommitResult.Forbidden("Only " + describe(log.access()) + " may change the map '"
						+ log.title() + "'; you can read it.");
			}
			OptionalLong already = log.versionOf(patch.id());
			if (already.isPresent()) {
				return new CommitResult.Accepted(already.getAsLong(), patch.id());
			}
			if (!Objects.equals(patch.prev(), log.head())) {
				return new CommitResult.Behind(log.version(), log.head());
			}
			long version = log.version() + 1;
			try {
				String title = Txn.calculateWrite(dataset, () -> apply(mapId, patch, patchText, user, version));
				log.append(entry(patch, patchText, user, version), patch, title);
				return new CommitResult.Accepted(version, patch.id());
			} catch (InvalidMap invalid) {
				return new CommitResult.Rejected(false, "The change '" + patch.summary() + "' was refused: "
						+ invalid.getMessage() + ".");
			}
		}
	}

	private CommitResult create(String mapId, MapPatch patch, String patchText, String user) {
		synchronized (creation) {
			if (logs.containsKey(mapId)) {
				return commit(mapId, patchText, user);
			}
			if (patch.prev() != null) {
				return new CommitResult.NotFound("The team repository has no map " + mapId + ".");
			}
			Graph graph = GraphFactory.createDefaultGraph();
			patch.changes().adds().forEach(graph::add);
			if (!graph.contains(mapNode(mapId), RDF.type.asNode(), CJM.JourneyMap.asNode())) {
				return new CommitResult.Rejected(false, "The map could not be shared: the patch does not describe "
						+ "the journey map " + mapId + ".");
			}
			Optional<String> violation = check.violation(graph);
			if (violation.isPresent()) {
				return new CommitResult.Rejected(false, "The map could not be shared: " + violation.get() + ".");
			}
			MapAccess access = new MapAccess(user, List.of(MapAccess.EVERYONE), List.of(MapAccess.EVERYONE));
			MapLog log = new MapLog(mapId, titleIn(graph, mapId), access);
			Txn.executeWrite(dataset, () -> {
				Node graphName = ElementIris.graphOf(mapId);
				graph.find().forEachRemaining(triple -> dataset.add(graphName, triple.getSubject(),
						triple.getPredicate(), triple.getObject()));
				Node map = mapNode(mapId);
				dataset.add(RepositoryTerms.REGISTRY, map, RDF.type.asNode(), RepositoryTerms.MAP);
				writeAccess(map, access);
				writeLog(mapId, entry(patch, patchText, user, 1), log.title());
			});
			log.append(entry(patch, patchText, user, 1), patch, log.title());
			logs.put(mapId, log);
			return new CommitResult.Accepted(1, patch.id());
		}
	}

	/** Inside the write transaction; throws {@link InvalidMap} to abort it. */
	private String apply(String mapId, MapPatch patch, String patchText, String user, long version) {
		Node graphName = ElementIris.graphOf(mapId);
		Graph graph = dataset.getGraph(graphName);
		patch.changes().deletes().forEach(graph::delete);
		patch.changes().adds().forEach(graph::add);
		Optional<String> violation = check.violation(graph, patch.changes());
		if (violation.isPresent()) {
			throw new InvalidMap(violation.get());
		}
		String title = titleIn(graph, mapId);
		writeLog(mapId, entry(patch, patchText, user, version), title);
		return title;
	}

	private void writeLog(String mapId, LogEntry entry, String title) {
		Node log = RepositoryTerms.logGraph(mapId);
		Node record = RepositoryTerms.logEntry(mapId, entry.version());
		dataset.add(log, record, RepositoryTerms.VERSION, integer(entry.version()));
		dataset.add(log, record, RepositoryTerms.PATCH_ID, NodeFactory.createURI(entry.id()));
		dataset.add(log, record, RepositoryTerms.AUTHOR, NodeFactory.createLiteralString(entry.author()));
		dataset.add(log, record, RepositoryTerms.TIME,
				NodeFactory.createLiteralDT(entry.time().toString(), XSDDatatype.XSDdateTime));
		dataset.add(log, record, RepositoryTerms.SUMMARY, NodeFactory.createLiteralString(entry.summary()));
		dataset.add(log, record, RepositoryTerms.PATCH, NodeFactory.createLiteralString(entry.patchText()));
		Node map = mapNode(mapId);
		dataset.deleteAny(RepositoryTerms.REGISTRY, map, RepositoryTerms.HEAD, Node.ANY);
		dataset.deleteAny(RepositoryTerms.REGISTRY, map, RepositoryTerms.VERSION, Node.ANY);
		dataset.deleteAny(RepositoryTerms.REGISTRY, map, RepositoryTerms.TITLE, Node.ANY);
		dataset.add(RepositoryTerms.REGISTRY, map, RepositoryTerms.HEAD, NodeFactory.createURI(entry.id()));
		dataset.add(RepositoryTerms.REGISTRY, map, RepositoryTerms.VERSION, integer(entry.version()));
		dataset.add(RepositoryTerms.REGISTRY, map, RepositoryTerms.TITLE, NodeFactory.createLiteralString(title));
	}

	private void writeAccess(Node map, MapAccess access) {
		dataset.deleteAny(RepositoryTerms.REGISTRY, map, RepositoryTerms.OWNER, Node.ANY);
		dataset.deleteAny(RepositoryTerms.REGISTRY, map, RepositoryTerms.READER, Node.ANY);
		dataset.deleteAny(RepositoryTerms.REGISTRY, map, RepositoryTerms.WRITER, Node.ANY);
		dataset.add(RepositoryTerms.REGISTRY, map, RepositoryTerms.OWNER, NodeFactory.createLiteralString(access.owner()));
		access.readers().forEach(reader -> dataset.add(RepositoryTerms.REGISTRY, map, RepositoryTerms.READER,
				NodeFactory.createLiteralString(reader)));
		access.writers().forEach(writer -> dataset.add(RepositoryTerms.REGISTRY, map, RepositoryTerms.WRITER,
				NodeFactory.createLiteralString(writer)));
	}

	/** The map's graph now or at an earlier version, replayed from its log. */
	public Optional<MapVersion> graph(String mapId, OptionalLong version) {
		MapLog log = logs.get(mapId);
		if (log == null) {
			return Optional.empty();
		}
		List<LogEntry> entries = log.entries();
		long at = version.isPresent() ? Math.min(Math.max(version.getAsLong(), 1), entries.size()) : entries.size();
		Graph graph;
		if (at == entries.size()) {
			graph = log.currentGraph();
		} else {
			graph = GraphFactory.createDefaultGraph();
			for (LogEntry entry : entries.subList(0, (int) at)) {
				parse(mapId, entry).changes().applyTo(graph);
			}
		}
		return Optional.of(new MapVersion(graph, at, entries.get((int) at - 1).id()));
	}

	/** A map's graph at one version. */
	public record MapVersion(Graph graph, long version, String head) {
	}

	public Optional<List<LogEntry>> history(String mapId) {
		return Optional.ofNullable(logs.get(mapId)).map(MapLog::entries);
	}

	/** The patches after {@code version}, waiting for one (or for {@code otherNews}) up to {@code waitMillis}. */
	public Optional<List<LogEntry>> after(String mapId, long version, long waitMillis, BooleanSupplier otherNews)
			throws InterruptedException {
		MapLog log = logs.get(mapId);
		return log == null ? Optional.empty() : Optional.of(log.after(version, waitMillis, otherNews));
	}

	/** Wakes the readers of a map waiting for news. */
	public void poke(String mapId) {
		MapLog log = logs.get(mapId);
		if (log != null) {
			log.poke();
		}
	}

	public boolean exists(String mapId) {
		return logs.containsKey(mapId);
	}

	@Override
	public void close() {
		dataset.close();
	}

	private void loadLogs() {
		dataset.find(RepositoryTerms.REGISTRY, Node.ANY, RDF.type.asNode(), RepositoryTerms.MAP)
				.forEachRemaining(quad -> {
					Node map = quad.getSubject();
					String mapId = ElementIris.idOf(map.getURI()).orElseThrow();
					MapLog log = new MapLog(mapId, text(map, RepositoryTerms.TITLE), new MapAccess(
							text(map, RepositoryTerms.OWNER), texts(map, RepositoryTerms.READER),
							texts(map, RepositoryTerms.WRITER)));
					List<LogEntry> entries = new ArrayList<>();
					Node logGraph = RepositoryTerms.logGraph(mapId);
					dataset.find(logGraph, Node.ANY, RepositoryTerms.VERSION, Node.ANY).forEachRemaining(v -> {
						Node record = v.getSubject();
						entries.add(new LogEntry(((Number) v.getObject().getLiteralValue()).longValue(),
								object(logGraph, record, RepositoryTerms.PATCH_ID).getURI(),
								object(logGraph, record, RepositoryTerms.AUTHOR).getLiteralLexicalForm(),
								Instant.parse(object(logGraph, record, RepositoryTerms.TIME).getLiteralLexicalForm()),
								object(logGraph, record, RepositoryTerms.SUMMARY).getLiteralLexicalForm(),
								object(logGraph, record, RepositoryTerms.PATCH).getLiteralLexicalForm()));
					});
					entries.sort(Comparator.comparingLong(LogEntry::version));
					String title = log.title();
					entries.forEach(entry -> log.append(entry, parse(mapId, entry), title));
					logs.put(mapId, log);
				});
	}

	private static MapPatch parse(String mapId, LogEntry entry) {
		try {
			return PatchText.read(entry.patchText(), ElementIris.graphOf(mapId));
		} catch (PatchFormatException e) {
			throw new IllegalStateException("the log of map " + mapId + " is damaged at version " + entry.version(), e);
		}
	}

	private Node object(Node graph, Node subject, Node property) {
		return dataset.find(graph, subject, property, Node.ANY).next().getObject();
	}

	private String text(Node map, Node property) {
		List<String> values = texts(map, property);
		return values.isEmpty() ? "" : values.get(0);
	}

	private List<String> texts(Node map, Node property) {
		List<String> values = new ArrayList<>();
		dataset.find(RepositoryTerms.REGISTRY, map, property, Node.ANY)
				.forEachRemaining(quad -> values.add(quad.getObject().getLiteralLexicalForm()));
		return values;
	}

	private static String titleIn(Graph graph, String mapId) {
		return graph.find(mapNode(mapId), CJM.title.asNode(), Node.ANY).nextOptional()
				.map(triple -> triple.getObject().getLiteralLexicalForm()).orElse("(untitled)");
	}

	private static LogEntry entry(MapPatch patch, String patchText, String user, long version) {
		return new LogEntry(version, patch.id(), user, Instant.now(), patch.summary(), patchText);
	}

	private static String describe(MapAccess access) {
		return access.writers().isEmpty() ? "its owner " + access.owner()
				: "its owner " + access.owner() + " and " + String.join(", ", access.writers());
	}

	private static Node mapNode(String mapId) {
		return NodeFactory.createURI(CJM.ID_NS + mapId);
	}

	private static Node integer(long value) {
		return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
	}

	/** Aborts the write transaction: the patch would break the map. */
	private static final class InvalidMap extends RuntimeException {
		private static final long serialVersionUID = 1L;

		InvalidMap(String reason) {
			super(reason);
		}
	}
}
