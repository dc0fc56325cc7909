package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportReport;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a hand-written file leaves open ({@code imports/guesses.ttl}) is decided in a documented way and told. */
class ImportFindingsTest {

	private static final String EX = "https://data.example.org/journeys/";

	private static ImportResult result;

	@BeforeAll
	static void importTheFile() throws Exception {
		try (InputStream in = TestData.importFile("guesses.ttl")) {
			result = RdfImport.read(in, RdfFormat.TURTLE);
		}
	}

	@Test
	void stagesWithoutPositionComeInIriOrderAndAreTold() {
		JourneyMap map = result.maps().get(0);
		assertEquals(List.of("Plan the move", "Pack"), map.getStages().stream().map(Stage::getName).toList());
		assertTrue(has(result.report().findings(), EX + "stage-a-plan", "no cjm:position"), result.report()::toString);
		assertTrue(has(result.report().findings(), EX + "stage-b-pack", "no cjm:position"), result.report()::toString);
	}

	@Test
	void aBarrierInTwoStagesSaysWhichStageKeepsIt() {
		JourneyMap map = result.maps().get(0);
		assertEquals(1, map.getStages().get(0).getBarriers().size(), "the first stage met keeps it");
		assertEquals(0, map.getStages().get(1).getBarriers().size());
		assertTrue(has(result.report().problems(), EX + "no-van",
				"kept in <" + EX + "stage-a-plan>, the first met"), result.report()::toString);
		assertTrue(has(result.report().problems(), EX + "no-van", "left out of <" + EX + "stage-b-pack>"),
				result.report()::toString);
	}

	@Test
	void aValenceAsAPlainStringIsReadAndTold() {
		assertEquals(-2, result.maps().get(0).getStages().get(0).getEmotions().get(0).getValence());
		assertTrue(has(result.report().findings(), EX + "worried", "a plain string"), result.report()::toString);
	}

	private static boolean has(List<ImportReport.Problem> problems, String subject, String why) {
		return problems.stream().anyMatch(problem -> problem.subject().equals(subject) && problem.why().contains(why));
	}
}
