package org.cjmstudio.model.formats;

import java.util.List;

import org.cjmstudio.model.JourneyMap;

/**
 * The maps an importer read, not yet saved anywhere, what it had to leave out, one line each in the user's words
 * (e.g. {@code "<https://example.org/s1> cjm:colour: not a property of a stage"}), and its findings: what it
 * imported by a choice of its own (an order the file did not give, say), told to the user but no data lost.
 */
public record ImportedMaps(List<JourneyMap> maps, List<String> leftOut, List<String> findings) {

	public ImportedMaps {
		maps = List.copyOf(maps);
		leftOut = List.copyOf(leftOut);
		findings = List.copyOf(findings);
	}

	/** An import without findings. */
	public ImportedMaps(List<JourneyMap> maps, List<String> leftOut) {
		this(maps, leftOut, List.of());
	}
}
