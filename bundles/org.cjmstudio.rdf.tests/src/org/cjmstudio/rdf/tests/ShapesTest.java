package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.cjmstudio.samples.SampleMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SHACL shapes accept what CJM Studio publishes and catch broken maps. */
class ShapesTest {

	private static Shapes shapes() {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(TestData.ontologyFile(OntologyFiles.SHAPES), Lang.TURTLE).parse(graph);
		return Shapes.parse(graph);
	}

	private static Graph exported(SampleMap sample) {
		byte[] turtle = TestData.export(TestData.load(sample), RdfFormat.TURTLE);
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(new String(turtle, java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(graph);
		return graph;
	}

	private static String describe(ValidationReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ShLib.printReport(out, report);
		return out.toString();
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void theExportOfASampleConforms(SampleMap sample) {
		ValidationReport report = ShaclValidator.get().validate(shapes(), exported(sample));
		assertTrue(report.conforms(), () -> describe(report));
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aStageWithoutANameDoesNotConform(SampleMap sample) {
		Graph graph = exported(sample);
		Node stage = graph.find(Node.ANY, RDF.type.asNode(), CJM.Stage.asNode()).toList().get(0).getSubject();
		graph.remove(stage, CJM.name.asNode(), Node.ANY);
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms());
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aValenceOfSevenDoesNotConform(SampleMap sample) {
		Graph graph = exported(sample);
		Triple valence = graph.find(Node.ANY, CJM.valence.asNode(), Node.ANY).toList().get(0);
		graph.delete(valence);
		graph.add(valence.getSubject(), valence.getPredicate(), NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms());
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aBarrierOutsideAnyStageOrWithoutSeverityDoesNotConform(SampleMap sample) {
		Graph graph = exported(sample);
		Node barrier = graph.find(Node.ANY, RDF.type.asNode(), CJM.Barrier.asNode()).toList().get(0).getSubject();
		graph.remove(Node.ANY, CJM.barriers.asNode(), barrier);
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms());

		Graph other = exported(sample);
		other.remove(barrier, CJM.severity.asNode(), Node.ANY);
		assertFalse(ShaclValidator.get().validate(shapes(), other).conforms());
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aCardColourMustBeAWebColourCode(SampleMap sample) {
		Graph graph = exported(sample);
		Node step = graph.find(Node.ANY, RDF.type.asNode(), CJM.Step.asNode()).toList().get(0).getSubject();
		graph.add(step, CJM.color.asNode(), NodeFactory.createLiteralString("#f5a623"));
		assertTrue(ShaclValidator.get().validate(shapes(), graph).conforms(), "a web colour code conforms");

		graph.remove(step, CJM.color.asNode(), Node.ANY);
		graph.add(step, CJM.color.asNode(), NodeFactory.createLiteralString("orange"));
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms());
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void anEmotionIsAsIsOrToBe(SampleMap sample) {
		Graph graph = exported(sample);
		Triple state = graph.find(Node.ANY, CJM.state.asNode(), Node.ANY).toList().get(0);
		assertTrue(state.getObject().getURI().startsWith(CJM.NS + "EmotionState_"), state.toString());
		graph.delete(state);
		graph.add(state.getSubject(), state.getPredicate(), CJM.resource("Severity_HIGH").asNode());
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms());
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aTouchpointIsPlannedOrObservedByAPersona(SampleMap sample) {
		Graph graph = exported(sample);
		Triple compliance = graph.find(Node.ANY, CJM.compliance.asNode(), Node.ANY).toList().get(0);
		assertTrue(compliance.getObject().getURI().equals(CJM.NS + "Compliance_PLANNED"), compliance.toString());
		Node touchpoint = compliance.getSubject();
		Graph observedByAStage = GraphFactory.createDefaultGraph();
		graph.find().forEach(observedByAStage::add);
		Node stage = graph.find(Node.ANY, CJM.touchpoints.asNode(), touchpoint).toList().get(0).getSubject();
		observedByAStage.add(touchpoint, CJM.observedBy.asNode(), stage);
		assertFalse(ShaclValidator.get().validate(shapes(), observedByAStage).conforms(), "observed by a stage");
		graph.delete(compliance);
		graph.add(touchpoint, CJM.compliance.asNode(), CJM.resource("EmotionState_AS_IS").asNode());
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms(), "a compliance that is none");
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void anEvidenceLevelThatIsNotOneOfTheFiveDoesNotConform(SampleMap sample) {
		Graph graph = exported(sample);
		Triple level = graph.find(Node.ANY, CJM.evidenceLevel.asNode(), Node.ANY).toList().get(0);
		graph.delete(level);
		graph.add(level.getSubject(), level.getPredicate(), CJM.resource("EvidenceLevel_CERTAIN").asNode());
		assertFalse(ShaclValidator.get().validate(shapes(), graph).conforms());
	}
}
