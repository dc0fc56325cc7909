package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/** The published ontology parses, documents every term, and covers every metamodel concept the export uses. */
class OntologyTest {

	private static Graph ontology() {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(TestData.ontologyFile(OntologyFiles.ONTOLOGY), Lang.TURTLE).parse(graph);
		return graph;
	}

	@Test
	void everyDeclaredClassAndPropertyHasALabelAndAComment() {
		Graph graph = ontology();
		List<String> undocumented = new ArrayList<>();
		for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
				RDF.Property.asNode(), SKOS.ConceptScheme.asNode(), SKOS.Concept.asNode())) {
			graph.find(Node.ANY, RDF.type.asNode(), type).toList().forEach(declaration -> {
				Node term = declaration.getSubject();
				if (!graph.contains(term, RDFS.label.asNode(), Node.ANY)
						|| !graph.contains(term, RDFS.comment.asNode(), Node.ANY)) {
					undocumented.add(term.getURI());
				}
			});
		}
		assertTrue(undocumented.isEmpty(), "without rdfs:label or rdfs:comment: " + undocumented);
	}

	@Test
	void everyMetamodelConceptHasATerm() {
		Graph graph = ontology();
		List<String> missing = new ArrayList<>();
		CjmPackage.eINSTANCE.getEClassifiers().forEach(classifier -> {
			if (classifier instanceof EClass eClass) {
				check(graph, FeatureTerms.type(eClass), missing);
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					if (feature != CjmPackage.Literals.IDENTIFIABLE__ID) {
						check(graph, FeatureTerms.property(feature), missing);
					}
				}
			} else if (classifier instanceof EEnum eEnum) {
				eEnum.getELiterals().forEach(literal -> check(graph, FeatureTerms.concept(literal), missing));
			}
		});
		check(graph, CJM.position.asNode(), missing);
		assertTrue(missing.isEmpty(), "not declared in cjm.ttl: " + missing);
	}

	private static void check(Graph graph, Node term, List<String> missing) {
		if (!graph.contains(term, RDF.type.asNode(), Node.ANY)) {
			missing.add(term.getURI());
		}
	}

	@Test
	void channelCategoriesPointToWikidataItems() {
		Graph graph = ontology();
		List<Node> linked = new ArrayList<>();
		for (Node match : List.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
			graph.find(Node.ANY, match, Node.ANY).forEachRemaining(triple -> {
				if (triple.getSubject().getURI().startsWith(CJM.NS + "ChannelCategory_")) {
					assertTrue(triple.getObject().getURI().matches("http://www\\.wikidata\\.org/entity/Q\\d+"),
							triple.getSubject() + " points to " + triple.getObject() + ", not a Wikidata item");
					linked.add(triple.getSubject());
				}
			});
		}
		assertTrue(linked.size() >= 8, "channel categories linked to Wikidata: " + linked);
	}

	@Test
	void theJsonLdContextIsValidAndNamesOurTerms() {
		String context = TestData.ontologyFile(OntologyFiles.JSON_LD_CONTEXT).strip();
		String document = context.substring(0, context.lastIndexOf('}')) + """
				, "@id": "id:11111111-1111-4111-8111-111111111111", "@type": "JourneyMap",
				  "title": "Renewing a library card", "status": "cjm:MapStatus_DRAFT" }
				""";
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(document, Lang.JSONLD).parse(graph);
		Node map = graph.find(Node.ANY, RDF.type.asNode(), CJM.JourneyMap.asNode()).toList().get(0).getSubject();
		assertEquals(CJM.ID_NS + "11111111-1111-4111-8111-111111111111", map.getURI());
		assertTrue(graph.contains(map, CJM.title.asNode(), Node.ANY));
		assertTrue(graph.contains(map, CJM.status.asNode(), CJM.resource("MapStatus_DRAFT").asNode()));
	}

	@Test
	void aChannelCategoryIsAnExactMatchOnlyOfTheVeryMediumAndCloseToAnythingWider() {
		Graph graph = ontology();
		Node wikidata = NodeFactory.createURI("http://www.wikidata.org/entity/");
		for (String[] category : new String[][] { { "SOCIAL_NETWORK", "Q3220391" }, { "SALES_REP", "Q685433" },
				{ "PACKAGING", "Q207822" } }) {
			Node concept = CJM.resource("ChannelCategory_" + category[0]).asNode();
			Node item = NodeFactory.createURI(wikidata.getURI() + category[1]);
			assertTrue(graph.contains(concept, SKOS.closeMatch.asNode(), item), concept + " is close to " + item);
			assertFalse(graph.contains(concept, SKOS.exactMatch.asNode(), Node.ANY),
					"social networks include messengers, a sales rep is a channel and not an occupation, packaging "
							+ "a channel and not the goods' wrapping: not interchangeable");
		}
	}

	@Test
	void noTermIsAlignedToAStandardTermMeantForAnotherKindOfThing() {
		Graph graph = ontology();
		for (String personOnly : List.of("jobTitle", "suggestedMinAge", "suggestedMaxAge", "suggestedGender")) {
			assertFalse(graph.contains(Node.ANY, RDFS.subPropertyOf.asNode(),
					NodeFactory.createURI("https://schema.org/" + personOnly)), "schema:" + personOnly);
		}
		assertFalse(graph.contains(CJM.Demographics.asNode(), RDFS.subClassOf.asNode(),
				NodeFactory.createURI("https://schema.org/PeopleAudience")), "the persona is the audience");
	}

	@Test
	void everyConceptIsATopConceptOfItsScheme() {
		Graph graph = ontology();
		List<String> missing = new ArrayList<>();
		graph.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEach(triple -> {
			Node concept = triple.getSubject();
			Node scheme = triple.getObject();
			if (!graph.contains(concept, SKOS.topConceptOf.asNode(), scheme)
					|| !graph.contains(scheme, SKOS.hasTopConcept.asNode(), concept)) {
				missing.add(concept.getURI());
			}
		});
		assertTrue(missing.isEmpty(), "without skos:topConceptOf / skos:hasTopConcept: " + missing);
		assertTrue(graph.size() > 0 && !graph.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).toList().isEmpty());
	}
}
