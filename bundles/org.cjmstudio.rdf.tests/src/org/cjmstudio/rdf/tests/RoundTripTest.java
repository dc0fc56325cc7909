package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

import org.apache.jena.sparql.util.IsoMatcher;
import org.cjmstudio.model.Compliance;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A team publishes a sample map as linked data, another imports it and publishes it again: nothing is lost on the
 * way, in any format.
 */
class RoundTripTest {

	static Stream<Arguments> samplesAndFormats() {
		return Stream.of(SampleMap.values())
				.flatMap(sample -> Stream.of(RdfFormat.values()).map(format -> Arguments.of(sample, format)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("samplesAndFormats")
	void exportImportExportIsLossless(SampleMap sample, RdfFormat format) throws Exception {
		JourneyMap original = TestData.load(sample);
		byte[] first = TestData.export(original, format);

		ImportResult imported = RdfImport.read(new ByteArrayInputStream(first), format);
		assertTrue(imported.report().isEmpty(), () -> "unexpected import problems:\n" + imported.report());
		assertEquals(1, imported.maps().size());
		JourneyMap back = imported.maps().get(0);
		assertTrue(EcoreUtil.equals(original, back), "the imported map differs from " + sample);

		byte[] second = TestData.export(back, format);
		assertTrue(IsoMatcher.isomorphic(TestData.parse(first, format), TestData.parse(second, format)),
				"the second export is not isomorphic to the first");
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("samplesAndFormats")
	void exportingTheSameMapTwiceGivesTheSameBytes(SampleMap sample, RdfFormat format) {
		JourneyMap map = TestData.load(sample);
		assertEquals(new String(TestData.export(map, format)), new String(TestData.export(map, format)));
	}

	@ParameterizedTest(name = "as {0}")
	@EnumSource(RdfFormat.class)
	void toBeEmotionsCardColoursAndImagesSurvive(RdfFormat format) throws Exception {
		JourneyMap original = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		Emotion target = original.getStages().get(3).getEmotions().get(0);
		target.setState(EmotionState.TO_BE);
		Touchpoint checkout = original.getStages().get(3).getTouchpoints().get(0);
		checkout.setColor("#ffe8cc");
		checkout.setImage("images/checkout.png");

		JourneyMap back = RdfImport.read(new ByteArrayInputStream(TestData.export(original, format)), format).maps()
				.get(0);

		assertTrue(EcoreUtil.equals(original, back), "the imported map differs");
	}

	@ParameterizedTest(name = "as {0}")
	@EnumSource(RdfFormat.class)
	void observedTouchpointsWithTheirComplianceDeviationAndPersonaSurvive(RdfFormat format) throws Exception {
		JourneyMap original = TestData.load(SampleMap.B2C_ONLINE_SHOP);
		Touchpoint observed = original.getStages().get(3).getTouchpoints().get(0);
		observed.setCompliance(Compliance.AD_HOC);
		observed.setDeviation(true);
		observed.setObservedBy(original.getPersonas().get(0));

		ImportResult imported = RdfImport.read(new ByteArrayInputStream(TestData.export(original, format)), format);

		assertTrue(imported.report().isEmpty(), () -> imported.report().toString());
		assertTrue(EcoreUtil.equals(original, imported.maps().get(0)), "the imported map differs");
	}
}
