package org.cjmstudio.model.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.contributions.Contributed;

/** A format maps are exported to, as installed; {@link #write} runs its contributed {@link MapExporter}. */
public final class ExportFormat extends Format<MapExporter> {

	private final boolean oneMapOnly;

	ExportFormat(String id, String name, List<String> extensions, int order, boolean oneMapOnly,
			Contributed<MapExporter> exporter) {
		super(id, name, extensions, order, exporter);
		this.oneMapOnly = oneMapOnly;
	}

	/** True for formats that show one map per file (pictures); false for those that take many (RDF). */
	public boolean oneMapOnly() {
		return oneMapOnly;
	}

	/**
	 * Writes the maps to the file with the contributed exporter.
	 *
	 * @throws IOException                                                    as the exporter says
	 * @throws org.cjmstudio.model.contributions.PluginFailedException when the exporter cannot be created or fails
	 *                                                                        other than with an IOException: it is
	 *                                                                        switched off for the session
	 */
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		if (oneMapOnly && maps.size() != 1) {
			throw new IOException(name() + " shows one map per file; choose one map (not " + maps.size() + ")");
		}
		MapExporter exporter = contribution.instance();
		try {
			exporter.write(maps, file);
		} catch (IOException expected) {
			throw expected;
		} catch (RuntimeException | LinkageError | StackOverflowError | AssertionError bug) {
			throw contribution.failed(bug);
		}
	}
}
