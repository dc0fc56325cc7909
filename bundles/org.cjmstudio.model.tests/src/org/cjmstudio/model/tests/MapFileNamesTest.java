package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.model.persistence.MapFileNames;
import org.junit.jupiter.api.Test;

/** Maps imported from RDF get file names a user would guess from their titles, never two the same. */
class MapFileNamesTest {

	@Test
	void aTitleBecomesLowerCaseWordsJoinedByHyphens() {
		assertEquals(List.of("buying-a-rain-jacket-online-b2c-e-commerce.cjm", "küche-planen.cjm"),
				MapFileNames.forTitles(List.of("Buying a rain jacket online (B2C e-commerce)", "  Küche planen! ")));
	}

	@Test
	void titlesThatGiveTheSameNameAreNumbered() {
		assertEquals(List.of("onboarding.cjm", "onboarding-2.cjm", "onboarding-3.cjm"),
				MapFileNames.forTitles(List.of("Onboarding", "onboarding", "ONBOARDING?")));
	}

	@Test
	void aTitleWithoutLettersOrDigitsAndAVeryLongTitleStillGiveUsableNames() {
		List<String> names = MapFileNames.forTitles(Arrays.asList("???", null, "word ".repeat(30)));

		assertEquals("map.cjm", names.get(0));
		assertEquals("map-2.cjm", names.get(1));
		assertEquals("word-".repeat(12).replaceAll("-$", "") + ".cjm", names.get(2), "cut at 60 characters, no hyphen at the end");
	}
}
