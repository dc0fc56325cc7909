package org.cjmstudio.model.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cjmstudio.model.JourneyMap;

/**
 * File names for maps that arrive without one (imported from RDF): the title's letters and digits in lower case,
 * words joined by hyphens, so "Buying a bike (B2C)" becomes {@code buying-a-bike-b2c.cjm}.
 */
public final class MapFileNames {

	private static final int LONGEST_NAME = 60;

	private MapFileNames() {
	}

	/** One file name per map, in the order of {@code maps}; see {@link #forTitles(List)}. */
	public static List<String> forMaps(List<JourneyMap> maps) {
		return forTitles(maps.stream().map(JourneyMap::getTitle).toList());
	}

	/** One file name per title, in order; titles that give the same name get "-2", "-3", ... */
	public static List<String> forTitles(List<String> titles) {
		List<String> names = new ArrayList<>(titles.size());
		Set<String> taken = new HashSet<>();
		for (String title : titles) {
			String name = baseName(title);
			String unique = name;
			for (int n = 2; !taken.add(unique); n++) {
				unique = name + "-" + n;
			}
			names.add(unique + "." + MapFiles.FILE_EXTENSION);
		}
		return names;
	}

	private static String baseName(String title) {
		String name = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
		name = name.replaceAll("^-+|-+$", "");
		if (name.length() > LONGEST_NAME) {
			name = name.substring(0, LONGEST_NAME).replaceAll("-+$", "");
		}
		return name.isEmpty() ? "map" : name;
	}
}
