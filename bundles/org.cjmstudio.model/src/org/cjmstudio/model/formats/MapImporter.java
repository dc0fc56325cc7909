package org.cjmstudio.model.formats;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads journey maps from a file in one format. Contributed to the extension point {@code org.cjmstudio.importers};
 * File > Import and {@code cjm import} offer every installed one. The class needs a public no-argument constructor;
 * it is created when the format is first used. It never writes files: the caller saves the maps the user accepts.
 */
public interface MapImporter {

	/**
	 * Reads every map in {@code file}.
	 *
	 * @param mayUseNetwork whether the user allowed reading what the file refers to on the web (JSON-LD contexts,
	 *                      say); without it, an importer works offline or refuses the file
	 * @throws IOException when the file cannot be read or is not in the format; the message says why in the user's
	 *                     words. Any other exception is taken for a bug: the format is switched off for the session.
	 */
	ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException;
}
