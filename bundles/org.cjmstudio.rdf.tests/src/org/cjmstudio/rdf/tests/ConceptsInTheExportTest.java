package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A knowledge engineer loads an export into a store without the ontology: the feelings, severities, channel
 * categories and other concepts the map uses are described in the file with their labels and schemes, and the map's
 * own channels are a SKOS concept scheme.
 */
class ConceptsInTheExportTest {

	private static Graph exported(JourneyMap map, RdfFormat format) {
		// TriG puts each map in its own graph and the descriptions in the default graph: read them together
		Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
		TestData.parse(TestData.export(map, format), format).find().forEachRemaining(quad -> all.add(quad.asTriple()));
		return all;
	}

	@ParameterizedTest
	@EnumSource(value = RdfFormat.class, names = { "TURTLE", "TRIG", "JSON_LD" })
	void everyOntologyConceptAMapUsesIsDescribedWithItsLabelAndScheme(RdfFormat format) {
		JourneyMap map = TestData.load(SampleMap.B2B_ENTERPRISE_SOFTWARE);
		Graph graph = exported(map, format);

		Set<String> undescribed = new TreeSet<>();
		graph.find().mapWith(Triple::getObject).filterKeep(o -> o.isURI() && o.getURI().startsWith(CJM.NS)
				&& o.getURI().contains("_")).toSet().forEach(concept -> {
					Node scheme = graph.find(concept, SKOS.inScheme.asNode(), Node.ANY).nextOptional()
							.map(Triple::getObject).orElse(null);
					if (!graph.contains(concept, RDF.type.asNode(), SKOS.Concept.asNode())
							|| !graph.contains(concept, SKOS.prefLabel.asNode(), Node.ANY) || scheme == null
							|| !graph.contains(concept, SKOS.topConceptOf.asNode(), scheme)
							|| !graph.contains(scheme, SKOS.hasTopConcept.asNode(), concept)
							|| !graph.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode())
							|| !graph.contains(scheme, SKOS.prefLabel.asNode(), Node.ANY)) {
						undescribed.add(concept.getURI());
					}
				});
		assertTrue(undescribed.isEmpty(), "used but not described: " + undescribed);
		assertTrue(graph.contains(CJM.resource("Feeling_FRUSTRATION").asNode(), SKOS.prefLabel.asNode(), Node.ANY),
				"the sample's frustration is described");
		Set<Feeling> felt = new java.util.HashSet<>();
		map.getStages().forEach(stage -> stage.getEmotions().forEach(emotion -> felt.add(emotion.getFeeling())));
		Feeling unused = java.util.Arrays.stream(Feeling.values()).filter(f -> !felt.contains(f)).findFirst()
				.orElseThrow();
		assertFalse(graph.contains(CJM.resource("Feeling_" + unused.name()).asNode(), Node.ANY, Node.ANY),
				"a concept no map uses stays out: " + unused);
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aMapsChannelsAreAConceptScheme(SampleMap sample) {
		JourneyMap map = TestData.load(sample);
		Graph graph = exported(map, RdfFormat.TURTLE);
		Node scheme = ElementIris.channelSchemeOf(ElementIris.of(map));

		assertTrue(graph.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
		assertTrue(graph.contains(scheme, SKOS.prefLabel.asNode(), Node.ANY));
		List<Node> topConcepts = graph.find(scheme, SKOS.hasTopConcept.asNode(), Node.ANY).mapWith(Triple::getObject)
				.toList();
		assertEquals(map.getChannels().size(), topConcepts.size());
		for (Channel channel : map.getChannels()) {
			Node concept = ElementIris.of(channel);
			assertTrue(topConcepts.contains(concept), channel.getName());
			assertTrue(graph.contains(concept, RDF.type.asNode(), SKOS.Concept.asNode()));
			assertTrue(graph.contains(concept, SKOS.topConceptOf.asNode(), scheme));
			assertTrue(graph.contains(concept, SKOS.inScheme.asNode(), scheme));
			assertEquals(channel.getName(), graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY).next().getObject()
					.getLiteralLexicalForm());
			assertTrue(graph.contains(concept, SKOS.broadMatch.asNode(), Node.ANY), "narrower than its category");
		}
	}
}
