package org.cjmstudio.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.model.JourneyMap;

/**
 * A workspace of generated maps held in memory: {@code mapCount} maps from {@link LargeMapGenerator}, each with its
 * own seed so element ids (and so IRIs) never collide across maps.
 */
record GeneratedWorkspace(List<JourneyMap> maps, long seed, int stagesPerMap, int cardsPerMap, int elements) {

	static GeneratedWorkspace generate(long seed, int mapCount, int stagesPerMap, int cardsPerMap) {
		List<JourneyMap> maps = new ArrayList<>(mapCount);
		int elements = 0;
		for (int i = 0; i < mapCount; i++) {
			JourneyMap map = new LargeMapGenerator(seed + i).generate(stagesPerMap, cardsPerMap);
			maps.add(map);
			elements += LargeMapGenerator.elements(map);
		}
		return new GeneratedWorkspace(List.copyOf(maps), seed, stagesPerMap, cardsPerMap, elements);
	}

	String describe() {
		return String.format(Locale.ROOT, "%d maps × (%d stages, %d cards) = %,d elements (seeds %d…%d)",
				maps.size(), stagesPerMap, cardsPerMap, elements, seed, seed + maps.size() - 1);
	}
}
