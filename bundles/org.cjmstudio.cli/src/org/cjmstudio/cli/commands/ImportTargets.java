package org.cjmstudio.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileNames;

/**
 * Where {@code cjm import} writes the maps it read: to the file named by {@code -o} when there is one map, or, when
 * {@code -o} names a folder, one file per map named after its title ({@link MapFileNames}), so a workspace exported
 * as one TriG file can be imported back in one go.
 */
final class ImportTargets {

	private ImportTargets() {
	}

	/** @throws IllegalArgumentException when several maps would have to go into one file */
	static List<Path> of(List<JourneyMap> maps, Path output) {
		if (!Files.isDirectory(output)) {
			if (maps.size() != 1) {
				throw new IllegalArgumentException("it holds " + maps.size() + " maps; give a folder with -o to write "
						+ "one file per map");
			}
			return List.of(output);
		}
		return MapFileNames.forTitles(maps.stream().map(JourneyMap::getTitle).toList()).stream()
				.map(output::resolve)
				.toList();
	}
}
