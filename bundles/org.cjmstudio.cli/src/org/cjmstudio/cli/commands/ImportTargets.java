package org.cjmstudio.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;

/**
 * Where {@code cjm import} writes the maps it read: to the file named by {@code -o} when there is one map, or, when
 * {@code -o} names a folder, one file per map named after its title ({@code Buying a bike} becomes
 * {@code buying-a-bike.cjm}), so a workspace exported as one TriG file can be imported back in one go.
 */
final class ImportTargets {

	private static final int LONGEST_NAME = 60;

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
		List<Path> targets = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (JourneyMap map : maps) {
			String name = fileNameOf(map.getTitle());
			String unique = name;
			for (int n = 2; !taken.add(unique); n++) {
				unique = name + "-" + n;
			}
			targets.add(output.resolve(unique + "." + MapFiles.FILE_EXTENSION));
		}
		return targets;
	}

	/** Lower-case letters and digits of the title, words joined by hyphens; "map" when none are left. */
	static String fileNameOf(String title) {
		String name = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
		name = name.replaceAll("^-+|-+$", "");
		if (name.length() > LONGEST_NAME) {
			name = name.substring(0, LONGEST_NAME).replaceAll("-+$", "");
		}
		return name.isEmpty() ? "map" : name;
	}
}
