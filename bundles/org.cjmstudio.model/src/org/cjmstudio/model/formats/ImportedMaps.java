package org.cjmstudio.model.formats;

import java.util.List;

import org.cjmstudio.model.JourneyMap;

/**
 * The maps an importer read, not yet saved anywhere, and what it had to leave out, one line each in the user's words
 * (e.g. {@code "<https://example.org/s1> cjm:colour: not a property of a stage"}).
 */
public record ImportedMaps(List<JourneyMap> maps, List<String> leftOut) {

	public ImportedMaps {
		maps = List.copyOf(maps);
		leftOut = List.copyOf(leftOut);
	}
}
