package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.rdf.vocabulary.PROV;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * A knowledge engineer finds the research behind a map in its RDF: transcripts, where each quote sits in its
 * transcript and which interview it was quoted from, and how well every barrier, emotion and persona is backed.
 */
class ResearchEvidenceRdfTest {

	private final JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);
	private final Graph graph = turtle(map);

	private static Graph turtle(JourneyMap map) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(new String(TestData.export(map, RdfFormat.TURTLE), StandardCharsets.UTF_8), Lang.TURTLE)
				.parse(graph);
		return graph;
	}

	@Test
	void everyBarrierEmotionAndPersonaStatesItsComputedEvidenceLevel() {
		List<EObject> citing = new ArrayList<>(map.getPersonas());
		map.getStages().forEach(stage -> {
			citing.addAll(stage.getBarriers());
			citing.addAll(stage.getEmotions());
		});
		for (EObject element : citing) {
			Node subject = ElementIris.of((Identifiable) element);
			Node expected = CJM.resource("EvidenceLevel_" + EvidenceLevels.of(element).getName()).asNode();
			assertEquals(List.of(expected), graph.find(subject, CJM.evidenceLevel.asNode(), Node.ANY)
					.mapWith(triple -> triple.getObject()).toList(), () -> "evidence level of " + element);
		}
		assertEquals(citing.size(), graph.find(Node.ANY, CJM.evidenceLevel.asNode(), Node.ANY).toList().size());
	}

	@Test
	void aQuoteKeepsItsPlaceInTheTranscriptAndNamesItsInterview() {
		Barrier account = map.getStages().stream().flatMap(stage -> stage.getBarriers().stream())
				.filter(barrier -> barrier.getName().equals("Account required to check out")).findFirst().get();
		Quote quote = (Quote) account.getEvidence().stream().filter(Quote.class::isInstance).findFirst().get();
		Interview interview = (Interview) quote.eContainer();
		Node subject = ElementIris.of(quote);

		assertTrue(graph.contains(ElementIris.of(account), CJM.evidence.asNode(), subject));
		assertTrue(graph.contains(subject, PROV.wasQuotedFrom.asNode(), ElementIris.of(interview)));
		assertTrue(graph.contains(subject, CJM.transcriptOffset.asNode(),
				NodeFactory.createLiteralDT(quote.getTranscriptOffset().toString(), XSDDatatype.XSDinteger)));
		String transcript = graph.find(ElementIris.of(interview), CJM.transcript.asNode(), Node.ANY).next()
				.getObject().getLiteralLexicalForm();
		assertEquals(quote.getText(), transcript.substring(quote.getTranscriptOffset(),
				quote.getTranscriptOffset() + quote.getTranscriptLength()));
	}
}
