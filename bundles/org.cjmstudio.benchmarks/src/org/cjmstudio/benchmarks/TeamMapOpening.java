package org.cjmstudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.merge.ConflictResolver;
import org.cjmstudio.collab.sync.LocalMapStore;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;

/**
 * How long a large map takes to open from the team repository next to opening it from a file, in the same run and
 * interleaved (file, server, workspace copy, then again), so both see the same machine. Opening means: until the map
 * is a model an editor can show. From a file that is {@code MapFiles.load}; from the server it is what the Team Maps
 * view's double click does before the editor: fetch the graph, keep it in a fresh workspace store, build the model by
 * the RDF import ({@code MapSession.open}); from the workspace copy, the same when the map was opened before (also
 * how it opens offline). What the editor does next is the same for both and is measured by the editor benchmark.
 */
final class TeamMapOpening {

	/** The three ways, measured. */
	record Result(Timings fromFile, Timings fromServer, Timings fromWorkspaceCopy) {
	}

	private static final ConflictResolver NO_CONFLICTS = conflicts -> Map.of();

	private final Path file;
	private final RepositoryClient client;
	private final int warmups;
	private final int runs;

	TeamMapOpening(Path file, RepositoryClient client, int warmups, int runs) {
		this.file = file;
		this.client = client;
		this.warmups = warmups;
		this.runs = runs;
	}

	Result run() throws Exception {
		JourneyMap map = MapFiles.load(file);
		String mapId = map.getId();
		Path sharing = Files.createTempDirectory("cjm-bench-share-");
		try {
			MapSession.share(client, map, store(sharing, mapId), Runnable::run, NO_CONFLICTS).close();
		} finally {
			Folders.delete(sharing);
		}
		Result result = new Result(new Timings(), new Timings(), new Timings());
		for (int run = 0; run < warmups + runs; run++) {
			boolean measured = run >= warmups;
			System.gc();
			long start = System.nanoTime();
			MapFiles.load(file);
			record(measured, result.fromFile(), start);

			Path workspace = Files.createTempDirectory("cjm-bench-open-");
			try {
				System.gc();
				start = System.nanoTime();
				MapSession.open(client, mapId, store(workspace, mapId), Runnable::run, NO_CONFLICTS).map();
				record(measured, result.fromServer(), start);

				System.gc();
				start = System.nanoTime();
				MapSession.open(client, mapId, store(workspace, mapId), Runnable::run, NO_CONFLICTS).map();
				record(measured, result.fromWorkspaceCopy(), start);
			} finally {
				Folders.delete(workspace);
			}
		}
		return result;
	}

	private static LocalMapStore store(Path folder, String mapId) {
		return new LocalMapStore(folder, RepositoryClient.graphOf(mapId));
	}

	private static void record(boolean measured, Timings timings, long start) {
		long elapsed = System.nanoTime() - start;
		if (measured) {
			timings.add(elapsed);
		}
	}
}
