package org.cjmstudio.model.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.contributions.Contributed;

/** A format maps are imported from, as installed; {@link #read} runs its contributed {@link MapImporter}. */
public final class ImportFormat extends Format<MapImporter> {

	ImportFormat(String id, String name, List<String> extensions, int order, Contributed<MapImporter> importer) {
		super(id, name, extensions, order, importer);
	}

	/**
	 * Reads the file with the contributed importer.
	 *
	 * @throws IOException                                                    as the importer says
	 * @throws org.cjmstudio.model.contributions.PluginFailedException when the importer cannot be created or fails
	 *                                                                        other than with an IOException: it is
	 *                                                                        switched off for the session
	 */
	public ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException {
		MapImporter importer = contribution.instance();
		try {
			return importer.read(file, mayUseNetwork);
		} catch (IOException expected) {
			throw expected;
		} catch (RuntimeException | LinkageError | StackOverflowError | AssertionError bug) {
			throw contribution.failed(bug);
		}
	}
}
