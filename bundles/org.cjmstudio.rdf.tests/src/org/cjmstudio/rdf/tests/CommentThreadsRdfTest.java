package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.comments.CommentThreads;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The team discusses a barrier and the map itself: the comment threads are part of the map's linked data, survive
 * every format, and a comment that names no author is caught by the shapes.
 */
class CommentThreadsRdfTest {

	private static final Date MONDAY = Date.from(Instant.parse("2026-11-23T09:15:00Z"));

	private static JourneyMap discussedMap() {
		JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		Barrier barrier = map.getStages().stream().flatMap(stage -> stage.getBarriers().stream()).findFirst()
				.orElseThrow();
		CommentThread question = CommentThreads.open("lena", "Is this from the interviews or a guess?", MONDAY);
		question.getComments().add(CommentThreads.comment("omar", "Interviews 3 and 7, I will link them.", MONDAY));
		question.setResolved(true);
		barrier.getCommentThreads().add(question);
		map.getCommentThreads().add(CommentThreads.open("lena", "Review with the service team on Friday.", MONDAY));
		ElementIds.assignMissing(map);
		return map;
	}

	@ParameterizedTest
	@EnumSource(RdfFormat.class)
	void commentThreadsRoundTripInEveryFormat(RdfFormat format) throws Exception {
		JourneyMap map = discussedMap();
		ImportResult back = RdfImport.read(new ByteArrayInputStream(TestData.export(map, format)), format);
		assertTrue(back.report().isEmpty(), back.report()::toString);
		assertTrue(EcoreUtil.equals(map, back.maps().get(0)), "the imported map lost or changed a comment");
	}

	@Test
	void commentsAreSchemaOrgCommentsWithTheirDateAndConformToTheShapes() {
		Graph graph = turtle(discussedMap());
		Node first = graph.find(Node.ANY, CJM.author.asNode(), NodeFactory.createLiteralString("omar")).next()
				.getSubject();
		assertTrue(graph.contains(first, RDF.type.asNode(), NodeFactory.createURI("https://schema.org/Comment")));
		assertTrue(graph.contains(first, DCTerms.created.asNode(), Node.ANY));
		assertEquals(2, graph.find(Node.ANY, CJM.commentThreads.asNode(), Node.ANY).toList().size());
		assertTrue(ShaclValidator.get().validate(shapes(), graph).conforms());
	}

	@Test
	void aCommentWithoutAuthorOrAThreadWithoutCommentsDoesNotConform() {
		Graph noAuthor = turtle(discussedMap());
		noAuthor.remove(Node.ANY, CJM.author.asNode(), NodeFactory.createLiteralString("omar"));
		assertFalse(ShaclValidator.get().validate(shapes(), noAuthor).conforms());

		Graph empty = turtle(discussedMap());
		empty.remove(Node.ANY, CJM.comments.asNode(), Node.ANY);
		assertFalse(ShaclValidator.get().validate(shapes(), empty).conforms());
	}

	private static Graph turtle(JourneyMap map) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(new String(TestData.export(map, RdfFormat.TURTLE), StandardCharsets.UTF_8), Lang.TURTLE)
				.parse(graph);
		return graph;
	}

	private static Shapes shapes() {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(TestData.ontologyFile(OntologyFiles.SHAPES), Lang.TURTLE).parse(graph);
		return Shapes.parse(graph);
	}
}
