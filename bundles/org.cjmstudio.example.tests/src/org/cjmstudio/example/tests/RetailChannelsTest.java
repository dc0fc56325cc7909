package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.rdf.vocabularies.ChannelConcept;
import org.cjmstudio.rdf.vocabularies.InstalledVocabularies;
import org.junit.jupiter.api.Test;

/** The example's retail channel taxonomy, a SKOS scheme installed through org.cjmstudio.rdf.vocabularies. */
class RetailChannelsTest {

	@Test
	void itsConceptsBecomeChannelsOfTheirCategory() {
		List<ChannelConcept> retail = InstalledVocabularies.read().channels().stream()
				.filter(concept -> concept.vocabulary().id().equals("org.cjmstudio.example.retail-channels")).toList();
		Map<String, ChannelConcept> byLabel = retail.stream()
				.collect(Collectors.toMap(ChannelConcept::label, concept -> concept));

		assertEquals(8, retail.size(), byLabel.keySet().toString());
		assertEquals(ChannelCategory.PHYSICAL_STORE, byLabel.get("Self-checkout").category(), "from its broader Store");
		assertFalse(byLabel.get("Self-checkout").online());
		assertEquals(ChannelCategory.WEBSITE, byLabel.get("Click and collect").category());
		assertTrue(byLabel.get("Loyalty app").online());
		assertEquals("Retail channels", byLabel.get("Weekly flyer").scheme());
		assertEquals("Weekly flyer", byLabel.get("Weekly flyer").toChannel().getName());
	}
}
