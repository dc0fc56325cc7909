package org.cjmstudio.collab.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.client.VersionedPatch;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.PatchFormatException;
import org.cjmstudio.collab.patch.PatchText;
import org.cjmstudio.model.persistence.AtomicFileWriter;

/**
 * A team map's copy in the workspace, so editing goes on without the server and nothing is lost in a crash: the
 * map as the server last confirmed it (a snapshot plus the confirmed patches after it) and the patches still to be
 * sent, each in its own file. {@code state.json} lists which files make up the current state; every change writes
 * its new files first and then replaces {@code state.json} atomically, so after a crash the store is either before
 * or after the change, never between. A patch is in the store (on disk, forced) before the edit is acknowledged.
 */
public final class LocalMapStore {

	/** The state a session starts from. */
	public record Stored(Graph confirmed, long version, String head, List<MapPatch> pending) {
	}

	private static final String STATE = "state.json";
	private static final int COMPACT_AFTER = 50;

	private final Path folder;
	private final Node graph;
	private String snapshot;
	private long snapshotVersion;
	private String snapshotHead;
	private final List<String> confirmedFiles = new ArrayList<>();
	private final List<String> pendingFiles = new ArrayList<>();
	private final List<String> pendingIds = new ArrayList<>();
	private long nextFile;

	public LocalMapStore(Path folder, Node graph) {
		this.folder = folder;
		this.graph = graph;
	}

	public Path folder() {
		return folder;
	}

	public boolean exists() {
		return Files.exists(folder.resolve(STATE));
	}

	/** Starts the store from a snapshot the server sent; nothing pending. */
	public synchronized void reset(Graph confirmed, long version, String head) throws IOException {
		Files.createDirectories(folder);
		String name = "snapshot-" + version + "-" + (nextFile++) + ".nt";
		AtomicFileWriter.write(folder.resolve(name), out -> RDFDataMgr.write(out, confirmed, Lang.NTRIPLES));
		snapshot = name;
		snapshotVersion = version;
		snapshotHead = head;
		confirmedFiles.clear();
		pendingFiles.clear();
		pendingIds.clear();
		writeState();
	}

	/**
	 * Reads what is stored: the confirmed graph rebuilt from snapshot and confirmed patches, and the pending patches
	 * in order (one that the confirmed log already has, after a crash at the wrong moment, is left out).
	 *
	 * @throws IOException naming the file that could not be read
	 */
	public synchronized Stored load() throws IOException {
		JsonObject state = readState();
		snapshot = state.getString("snapshot");
		snapshotVersion = state.getNumber("version").longValue();
		snapshotHead = state.hasKey("head") ? state.getString("head") : null;
		nextFile = state.getNumber("next").longValue();
		confirmedFiles.clear();
		pendingFiles.clear();
		pendingIds.clear();
		state.get("confirmed").getAsArray().forEach(name -> confirmedFiles.add(name.getAsString().value()));
		state.get("pending").getAsArray().forEach(name -> pendingFiles.add(name.getAsString().value()));
		Graph confirmed = GraphFactory.createDefaultGraph();
		Path snapshotFile = folder.resolve(snapshot);
		try {
			RDFParser.source(snapshotFile).lang(Lang.NTRIPLES).parse(confirmed);
		} catch (RiotException e) {
			throw new IOException("The local copy " + snapshotFile + " of a team map is damaged: " + e.getMessage(), e);
		}
		long version = snapshotVersion;
		String head = snapshotHead;
		Set<String> confirmedIds = new HashSet<>();
		for (String name : confirmedFiles) {
			MapPatch patch = readPatch(name);
			patch.changes().applyTo(confirmed);
			version = versionOf(name);
			head = patch.id();
			confirmedIds.add(patch.id());
		}
		List<MapPatch> pending = new ArrayList<>();
		List<String> stillPending = new ArrayList<>();
		for (String name : pendingFiles) {
			MapPatch patch = readPatch(name);
			if (!confirmedIds.contains(patch.id())) {
				pending.add(patch);
				stillPending.add(name);
				pendingIds.add(patch.id());
			}
		}
		pendingFiles.retainAll(stillPending);
		deleteUnlisted();
		return new Stored(confirmed, version, head, pending);
	}

	/** Adds an unsent patch; returns once it is on disk. */
	public synchronized void appendPending(MapPatch patch) throws IOException {
		pendingFiles.add(writePatch("pending", patch));
		pendingIds.add(patch.id());
		writeState();
	}

	/**
	 * Records that the server accepted or sent {@code confirmed} patches, and replaces what is pending by
	 * {@code pending}: one atomic step.
	 */
	public synchronized void update(List<VersionedPatch> confirmed, List<MapPatch> pending) throws IOException {
		for (VersionedPatch patch : confirmed) {
			confirmedFiles.add(writePatch("confirmed-" + patch.version(), patch.patch()));
		}
		// a patch keeps its id only while its content stays the same (a rebase makes a new patch)
		List<String> stillPending = new ArrayList<>();
		List<String> stillPendingIds = new ArrayList<>();
		for (MapPatch patch : pending) {
			int stored = pendingIds.indexOf(patch.id());
			stillPending.add(stored >= 0 ? pendingFiles.get(stored) : writePatch("pending", patch));
			stillPendingIds.add(patch.id());
		}
		pendingFiles.clear();
		pendingFiles.addAll(stillPending);
		pendingIds.clear();
		pendingIds.addAll(stillPendingIds);
		writeState();
	}

	/** Folds the confirmed patches into a new snapshot when there are many, so opening stays fast. */
	public synchronized void compactIfLong(Graph confirmed, long version, String head) throws IOException {
		if (confirmedFiles.size() < COMPACT_AFTER) {
			return;
		}
		String name = "snapshot-" + version + "-" + (nextFile++) + ".nt";
		AtomicFileWriter.write(folder.resolve(name), out -> RDFDataMgr.write(out, confirmed, Lang.NTRIPLES));
		snapshot = name;
		snapshotVersion = version;
		snapshotHead = head;
		confirmedFiles.clear();
		writeState();
		deleteUnlisted();
	}

	private String writePatch(String prefix, MapPatch patch) throws IOException {
		String name = prefix + "-" + (nextFile++) + ".rdfp";
		String text = PatchText.write(patch, graph);
		AtomicFileWriter.write(folder.resolve(name), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		return name;
	}

	private MapPatch readPatch(String name) throws IOException {
		Path file = folder.resolve(name);
		try {
			return PatchText.read(Files.readString(file, StandardCharsets.UTF_8), graph);
		} catch (PatchFormatException e) {
			throw new IOException("The change " + file + " of a team map is damaged: " + e.getMessage(), e);
		}
	}

	private static long versionOf(String confirmedFile) {
		String[] parts = confirmedFile.split("-");
		return Long.parseLong(parts[1]);
	}

	private JsonObject readState() throws IOException {
		Path file = folder.resolve(STATE);
		try {
			return JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			throw new IOException("There is no local copy of this team map in " + folder + ".", e);
		} catch (JsonException | NullPointerException e) {
			throw new IOException("The local copy of a team map in " + folder + " is damaged (" + file + ").", e);
		}
	}

	private void writeState() throws IOException {
		JsonObject state = new JsonObject();
		state.put("snapshot", snapshot);
		state.put("version", snapshotVersion);
		if (snapshotHead != null) {
			state.put("head", snapshotHead);
		}
		state.put("next", nextFile);
		JsonArray confirmed = new JsonArray();
		confirmedFiles.forEach(confirmed::add);
		state.put("confirmed", confirmed);
		JsonArray pending = new JsonArray();
		pendingFiles.forEach(pending::add);
		state.put("pending", pending);
		byte[] json = JSON.toString(state).getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.write(folder.resolve(STATE), (OutputStream out) -> out.write(json));
	}

	/** Files a crash left behind that no state lists. */
	private void deleteUnlisted() throws IOException {
		Set<String> listed = new HashSet<>(confirmedFiles);
		listed.addAll(pendingFiles);
		listed.add(snapshot);
		listed.add(STATE);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (!listed.contains(name) && (name.endsWith(".rdfp") || name.endsWith(".nt"))) {
					Files.deleteIfExists(file);
				}
			}
		}
	}
}
