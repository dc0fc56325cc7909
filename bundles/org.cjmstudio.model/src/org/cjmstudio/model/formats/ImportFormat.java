package org.cjmstudio.model.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.contributions.Contributed;
import org.cjmstudio.model.persistence.MapFileCharacters;

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
		// Checked here for every importer, a plugin's too: reading a FIFO or a device blocks forever, or never ends.
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			throw new IOException("it is not a regular file (a folder, FIFO or device); maps are imported "
					+ "from files");
		}
		MapImporter importer = contribution.instance();
		try {
			return holdable(importer.read(file, mayUseNetwork));
		} catch (IOException expected) {
			throw expected;
		} catch (RuntimeException | LinkageError | StackOverflowError | AssertionError bug) {
			throw contribution.failed(bug);
		}
	}

	/**
	 * The maps with the characters a map file cannot hold (U+0001, U+FFFF) left out and listed as left out: an
	 * importer that took them from its file would otherwise hand over maps that fail to save, or save into a file
	 * that never opens again.
	 */
	private static ImportedMaps holdable(ImportedMaps imported) {
		List<String> leftOut = new ArrayList<>(imported.leftOut());
		for (JourneyMap map : imported.maps()) {
			leftOut.addAll(MapFileCharacters.cleanAll(map));
		}
		return leftOut.size() == imported.leftOut().size() ? imported
				: new ImportedMaps(imported.maps(), leftOut, imported.findings());
	}
}
