package org.cjmstudio.collab.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;

/** The B2C sample as the team's shared map, and ways to find its cards. */
final class SampleMaps {

	private SampleMaps() {
	}

	static JourneyMap b2c() throws Exception {
		try (InputStream in = SampleMap.B2C_ONLINE_SHOP.open()) {
			Path file = Files.createTempFile("sample-", ".cjm");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			try {
				return MapFiles.load(file);
			} finally {
				Files.deleteIfExists(file);
			}
		}
	}

	static Stream<Touchpoint> touchpoints(JourneyMap map) {
		return map.getStages().stream().flatMap(stage -> stage.getTouchpoints().stream());
	}

	static Stream<Barrier> barriers(JourneyMap map) {
		return map.getStages().stream().flatMap(stage -> stage.getBarriers().stream());
	}

	static Touchpoint touchpoint(JourneyMap map, int index) {
		return touchpoints(map).skip(index).findFirst().orElseThrow();
	}

	static Barrier barrier(JourneyMap map, int index) {
		return barriers(map).skip(index).findFirst().orElseThrow();
	}

	static boolean same(Graph first, Graph second) {
		return IsoMatcher.isomorphic(first, second);
	}

	/** What differs between two graphs, for a failure message. */
	static String difference(Graph first, Graph second) {
		TripleDiff diff = TripleDiff.between(first, second);
		return "only in the first: " + diff.deletes().stream().limit(5).toList() + "\nonly in the second: "
				+ diff.adds().stream().limit(5).toList();
	}
}
