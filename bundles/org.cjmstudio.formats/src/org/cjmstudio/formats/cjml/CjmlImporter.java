package org.cjmstudio.formats.cjml;

import java.io.IOException;
import java.nio.file.Path;

import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.formats.MapImporter;

/**
 * Reads a CJML 2.0 document (format {@code cjml}) as {@link CjmlMaps} describes. A file that is not well-formed XML,
 * declares a DOCTYPE, has another root or version, or holds no journey is refused as a whole with the reason: no
 * map is made of it. It never reads the network, whatever {@code mayUseNetwork} says: CJML refers to nothing outside.
 */
public final class CjmlImporter implements MapImporter {

	@Override
	public ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException {
		return CjmlMaps.of(CjmlDocument.read(file));
	}
}
