package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation (the Problems view, {@code cjm validate}) and the SHACL shapes (what a knowledge engineer checks an
 * export with) agree on what a valid map is: each broken map below is an error for both, and the sample itself is
 * an error for neither.
 */
class ValidationAndShapesAgreeTest {

	static Stream<Arguments> maps() {
		return Stream.of(
				broken("the sample as shipped", map -> {
				}, false),
				broken("a map without a title", map -> map.setTitle(null), true),
				broken("a map without stages", map -> {
					map.getOpportunities().clear();
					map.getMetrics().clear();
					map.getStages().clear();
				}, true),
				broken("a stage without a name", map -> map.getStages().get(0).setName(""), true),
				broken("a step without a name", map -> map.getStages().get(0).getSteps().get(0).setName(null), true),
				broken("a persona without a name", map -> map.getPersonas().get(0).setName(" "), true),
				broken("an age range 60-20", map -> ages(map, 60, 20), true),
				broken("an age of -5", map -> ages(map, -5, 30), true),
				broken("a valence of 7", map -> map.getStages().get(0).getEmotions().get(0).setValence(7), true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("maps")
	void validationAndShapesGiveTheSameVerdict(String what, Consumer<JourneyMap> breakIt, boolean broken) {
		JourneyMap map = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		breakIt.accept(map);

		boolean validationError = MapValidation.standard().validate(map).getSeverity() == Diagnostic.ERROR;
		boolean shapesViolated = !ShaclValidator.get().validate(shapes(), exported(map)).conforms();

		assertEquals(broken, validationError, what + ": validation");
		assertEquals(broken, shapesViolated, what + ": SHACL shapes");
	}

	private static Arguments broken(String what, Consumer<JourneyMap> breakIt, boolean broken) {
		return Arguments.of(what, breakIt, broken);
	}

	private static void ages(JourneyMap map, int min, int max) {
		Persona persona = map.getPersonas().get(0);
		if (persona.getDemographics() == null) {
			persona.setDemographics(CjmFactory.eINSTANCE.createDemographics());
		}
		Demographics demographics = persona.getDemographics();
		demographics.setAgeMin(min);
		demographics.setAgeMax(max);
	}

	private static Shapes shapes() {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(TestData.ontologyFile(OntologyFiles.SHAPES), Lang.TURTLE).parse(graph);
		return Shapes.parse(graph);
	}

	private static Graph exported(JourneyMap map) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(new String(TestData.export(map, RdfFormat.TURTLE), StandardCharsets.UTF_8), Lang.TURTLE)
				.parse(graph);
		return graph;
	}
}
