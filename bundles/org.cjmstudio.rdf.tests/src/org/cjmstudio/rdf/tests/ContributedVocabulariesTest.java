package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.templates.StandardChannel;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.vocabularies.ChannelConcept;
import org.cjmstudio.rdf.vocabularies.InstalledVocabularies;
import org.cjmstudio.rdf.vocabularies.Vocabulary;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Vocabularies come through the extension point org.cjmstudio.rdf.vocabularies: CJM Studio's standard channels (so
 * our own vocabulary proves the mechanism) and a plugin's retail taxonomy — this test bundle contributes one good and
 * several broken ones (plugin.xml, vocabularies/).
 */
class ContributedVocabulariesTest {

	private static final String TESTS = "org.cjmstudio.rdf.tests";
	private static final String SHOP = "https://shop.example/channels#";

	@Test
	void ourStandardChannelsAndThePluginsTaxonomyAreInstalledInTheirOrder() {
		List<Vocabulary> installed = InstalledVocabularies.read().all();

		assertEquals(List.of("org.cjmstudio.vocabularies.standard-channels", "tests.shop-channels"),
				installed.stream().map(Vocabulary::id).toList(), "ours (10), then the plugin's (500)");
		assertEquals("org.cjmstudio.rdf", installed.get(0).plugin(), "a plugin cannot replace our vocabulary");
		assertEquals(TESTS, installed.get(1).plugin());
	}

	@Test
	void theStandardChannelsVocabularyNamesEveryStandardChannelWithItsCategory() {
		List<ChannelConcept> standard = InstalledVocabularies.standard().channels();

		assertEquals(StandardChannel.values().length, standard.size());
		for (StandardChannel channel : StandardChannel.values()) {
			assertTrue(standard.stream().anyMatch(concept -> concept.label().equals(channel.label())
					&& concept.category() == channel.category() && concept.online() == channel.isOnline()),
					"the vocabulary and StandardChannel agree on " + channel);
		}
		assertEquals(standard.stream().map(ChannelConcept::iri).toList(), InstalledVocabularies.read().channels()
				.stream().limit(standard.size()).map(ChannelConcept::iri).toList(), "the same, contributed");
	}

	@Test
	void aTaxonomysConceptsAreChannelsWithTheCategoryTheyOrTheirBroaderConceptMatch() {
		List<ChannelConcept> shop = InstalledVocabularies.read().channels().stream()
				.filter(concept -> concept.iri().startsWith(SHOP)).toList();

		assertEquals(List.of("Click and collect", "In-store", "Loyalty card", "Self-checkout"),
				shop.stream().map(ChannelConcept::label).toList(), "by label, English before German");
		assertEquals(List.of(ChannelCategory.WEBSITE, ChannelCategory.PHYSICAL_STORE, ChannelCategory.OTHER,
				ChannelCategory.PHYSICAL_STORE), shop.stream().map(ChannelConcept::category).toList(),
				"self-checkout is in-store's; the loyalty card matches no category");
		assertEquals(List.of(true, false, false, false), shop.stream().map(ChannelConcept::online).toList());
		assertTrue(shop.stream().allMatch(concept -> concept.scheme().equals("Test shop channels")));
	}

	@Test
	void aChannelFromAConceptLinksToIt() {
		ChannelConcept selfCheckout = concept(SHOP + "self-checkout");

		Channel channel = selfCheckout.toChannel();

		assertEquals("Self-checkout", channel.getName());
		assertEquals(ChannelCategory.PHYSICAL_STORE, channel.getCategory());
		assertFalse(channel.isOnline());
		assertEquals(SHOP + "self-checkout", channel.getExternalLinks().get(0).getTarget());
		assertEquals(LinkKind.EXACT_MATCH, channel.getExternalLinks().get(0).getKind());
		assertTrue(channel.getId() != null && channel.getExternalLinks().get(0).getId() != null, "ids assigned");
		assertTrue(selfCheckout.isSourceOf(channel));
	}

	@ParameterizedTest
	@EnumSource(RdfFormat.class)
	void theExportDescribesTheConceptsAMapsChannelsLinkTo(RdfFormat format) throws Exception {
		JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		map.getChannels().add(concept(SHOP + "self-checkout").toChannel());

		byte[] exported = TestData.export(map, format);
		DatasetGraph data = TestData.parse(exported, format);

		Node selfCheckout = NodeFactory.createURI(SHOP + "self-checkout");
		assertTrue(data.contains(Node.ANY, selfCheckout, SKOS.prefLabel.asNode(),
				NodeFactory.createLiteralLang("Self-checkout", "en")), "the concept's label");
		assertTrue(data.contains(Node.ANY, selfCheckout, SKOS.broader.asNode(), NodeFactory.createURI(SHOP
				+ "in-store")), "its broader concept");
		assertTrue(data.contains(Node.ANY, NodeFactory.createURI(SHOP), SKOS.prefLabel.asNode(),
				NodeFactory.createLiteralLang("Test shop channels", "en")), "its scheme's label");
		assertTrue(data.contains(Node.ANY, Node.ANY, SKOS.exactMatch.asNode(), selfCheckout), "the channel's link");
		assertFalse(data.contains(Node.ANY, NodeFactory.createURI(SHOP + "loyalty-card"), Node.ANY, Node.ANY),
				"concepts no channel links to stay out");

		ImportResult back = RdfImport.read(new ByteArrayInputStream(exported), format);
		assertTrue(back.report().isEmpty(), () -> "the descriptions are no import problem: " + back.report());
		assertTrue(back.maps().get(0).getChannels().stream().anyMatch(channel -> channel.getName()
				.equals("Self-checkout") && channel.getCategory() == ChannelCategory.PHYSICAL_STORE));
	}

	@Test
	void aMapWithoutLinkedConceptsExportsAsBefore() {
		JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);

		DatasetGraph data = TestData.parse(TestData.export(map, RdfFormat.TURTLE), RdfFormat.TURTLE);

		assertFalse(data.contains(Node.ANY, Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(SHOP)));
		assertFalse(data.contains(Node.ANY, Node.ANY, SKOS.inScheme.asNode(),
				NodeFactory.createURI("https://w3id.org/cjmstudio/channels#")));
	}

	@Test
	void theFilesAreParsedOncePerSetOfContributions() {
		assertTrue(InstalledVocabularies.read().all().get(1).graph() == InstalledVocabularies.read().all().get(1)
				.graph(), "an export does not parse the vocabularies again");
	}

	@Test
	void brokenContributionsAreLeftOutWithAWarningNamingThePlugin() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		List<String> ids;
		try {
			ids = InstalledVocabularies.readAgain().all().stream().map(Vocabulary::id).toList();
		} finally {
			Platform.removeLogListener(listener);
		}

		for (String broken : List.of("tests.missing-file", "tests.not-turtle", "tests.order-in-words")) {
			assertFalse(ids.contains(broken), broken);
			assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.WARNING
					&& status.getMessage().contains("plugin '" + TESTS + "'")
					&& status.getMessage().contains("'" + broken + "'")), broken + " not logged: " + logged);
		}
		assertTrue(logged.stream().anyMatch(status -> status.getMessage().contains("vocabularies/not-turtle.ttl")
				&& status.getMessage().contains("is not Turtle")), "the file and the reason: " + logged);
		assertTrue(logged.stream().anyMatch(status -> status.getMessage().contains("is taken")), logged.toString());
	}

	private static ChannelConcept concept(String iri) {
		return InstalledVocabularies.read().channels().stream().filter(concept -> concept.iri().equals(iri))
				.findFirst().orElseThrow();
	}
}
