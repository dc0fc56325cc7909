package org.cjmstudio.model.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;

/**
 * Writes journey maps in one file format. Contributed to the extension point {@code org.cjmstudio.exporters}; File >
 * Export and {@code cjm export} offer every installed one. The class needs a public no-argument constructor; it is
 * created when the format is first used.
 */
public interface MapExporter {

	/**
	 * Writes {@code maps} (one, if the format is declared {@code maps="one"}) to {@code file}. Write the file only
	 * once the whole export succeeded ({@code AtomicFileWriter.write} does that), so a failed export leaves what was
	 * there before. Never change the maps.
	 *
	 * @throws IOException when the file cannot be written or the maps cannot be expressed in the format; the message
	 *                     says why in the user's words. Any other exception is taken for a bug: the format is switched
	 *                     off for the session.
	 */
	void write(List<JourneyMap> maps, Path file) throws IOException;
}
