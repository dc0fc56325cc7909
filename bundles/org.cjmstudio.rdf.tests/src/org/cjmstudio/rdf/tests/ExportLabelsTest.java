package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A knowledge engineer loads an export into a triple-store browser, which shows each resource by its
 * {@code rdfs:label}: every resource the export describes has one, also those without a name of their own in the
 * map (emotions, quotes, research activities, persona profiles, buying-committee roles, company profiles).
 */
class ExportLabelsTest {

	private static final Node PROV_ACTIVITY = NodeFactory.createURI("http://www.w3.org/ns/prov#Activity");

	private static Graph exported(JourneyMap map) {
		return TestData.parse(TestData.export(map, RdfFormat.TURTLE), RdfFormat.TURTLE).getDefaultGraph();
	}

	private static List<String> labels(Graph graph, Node subject) {
		return graph.find(subject, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
				.toList();
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void everyDescribedResourceHasOneLabel(SampleMap sample) {
		Graph graph = exported(TestData.load(sample));

		Set<String> unlabelled = new TreeSet<>();
		graph.find().mapWith(Triple::getSubject).toSet().forEach(subject -> {
			if (labels(graph, subject).size() != 1) {
				unlabelled.add(subject + " " + labels(graph, subject));
			}
		});
		assertTrue(unlabelled.isEmpty(), "without exactly one rdfs:label: " + unlabelled);
	}

	@Test
	void resourcesWithoutANameOfTheirOwnAreNamedByWhatTheyHold() {
		Graph graph = exported(TestData.load(SampleMap.B2B_ENTERPRISE_SOFTWARE));

		for (Node type : List.of(CJM.Emotion.asNode(), CJM.Quote.asNode(), PROV_ACTIVITY, CJM.Demographics.asNode(),
				CJM.BuyingCommitteeRole.asNode(), CJM.CompanyProfile.asNode())) {
			List<Node> resources = graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList();
			assertFalse(resources.isEmpty(), "the sample has a " + type);
			for (Node resource : resources) {
				String label = labels(graph, resource).get(0);
				assertFalse(label.startsWith("Unnamed"), resource + " is labelled " + label);
			}
		}
	}

	@Test
	void anEmotionIsLabelledByItsFeelingAndStrength() {
		JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		Emotion emotion = CjmFactory.eINSTANCE.createEmotion();
		emotion.setFeeling(Feeling.FRUSTRATION);
		emotion.setValence(-2);
		emotion.setState(EmotionState.TO_BE);
		map.getStages().get(0).getEmotions().add(emotion);

		assertEquals(List.of("Frustrated (\u22122), to-be"), labels(exported(map), ElementIris.of(emotion)));
	}

	@Test
	void anUnnamedStageSaysSo() {
		JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		map.getStages().get(0).setName(" ");

		assertEquals(List.of("Unnamed stage"), labels(exported(map), ElementIris.of(map.getStages().get(0))));
	}
}
