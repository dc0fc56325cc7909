package org.cjmstudio.cli.tests.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.formats.MapImporter;

/** A plugin's importer: a map per line, titled by it; a blank line is reported as left out. */
public final class TitlesImporter implements MapImporter {

	@Override
	public ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException {
		List<JourneyMap> maps = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				leftOut.add("line " + (i + 1) + ": no title");
			} else {
				JourneyMap map = CjmFactory.eINSTANCE.createJourneyMap();
				map.setTitle(lines.get(i).strip());
				maps.add(map);
			}
		}
		return new ImportedMaps(maps, leftOut);
	}
}
