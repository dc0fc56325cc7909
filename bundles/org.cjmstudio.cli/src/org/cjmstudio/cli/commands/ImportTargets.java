package org.cjmstudio.cli.commands;

import java.io.File;
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

	/**
	 * A folder is an existing one or a name ending with a separator ({@code -o imported/}); anything else is the one
	 * map file to write.
	 */
	static boolean isFolder(String output) {
		return output.endsWith("/") || output.endsWith(File.separator) || Files.isDirectory(Path.of(output));
	}

	/** @throws IllegalArgumentException when several maps would have to go into one file */
	static List<Path> of(List<JourneyMap> maps, Path output, boolean folder) {
		if (!folder) {
			if (maps.size() != 1) {
				throw new IllegalArgumentException("it holds " + maps.size() + " maps; give a folder with -o to write "
						+ "one file per map");
			}
			return List.of(output);
		}
		return MapFileNames.forMaps(maps).stream().map(output::resolve).toList();
	}
}
