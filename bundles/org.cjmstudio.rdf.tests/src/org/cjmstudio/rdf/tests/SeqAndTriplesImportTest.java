package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportReport;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code cjm:} triples are the data, an {@code rdf:Seq} only orders them: an export edited by an outside tool
 * ({@code imports/evidence-edited-outside.ttl}) imports what the triples say, and every disagreement is told.
 */
class SeqAndTriplesImportTest {

	private static final String BARRIER = "https://w3id.org/cjmstudio/id/a0000000-0000-4000-8000-000000000020";
	private static final String EVIDENCE = "https://w3id.org/cjmstudio/ontology#evidence";

	private static ImportResult result;

	@BeforeAll
	static void importTheEditedExport() throws Exception {
		try (InputStream in = TestData.importFile("evidence-edited-outside.ttl")) {
			result = RdfImport.read(in, RdfFormat.TURTLE);
		}
	}

	private static Barrier barrier() {
		return result.maps().get(0).getStages().get(0).getBarriers().get(0);
	}

	private static List<String> evidenceTitles() {
		return barrier().getEvidence().stream().map(Evidence::getTitle).toList();
	}

	@Test
	void evidenceAnOutsideToolAddedIsImportedAfterTheSeqsMembers() {
		assertEquals(List.of("The label is the first hurdle", "Few customers own a printer",
				"Interviews: print shops are far"), evidenceTitles());
		assertTrue(has(result.report().findings(), "000000000103", "missing from the rdf:Seq"),
				result.report()::toString);
	}

	@Test
	void evidenceOnlyTheSeqListsIsReportedAndLeftOut() {
		assertFalse(evidenceTitles().contains("Survey: printing is a chore"), "the deleted triple stays deleted");
		assertTrue(has(result.report().problems(), "000000000104", "not stated"), result.report()::toString);
	}

	@Test
	void aStageCitedAsEvidenceIsReportedNotDropped() {
		assertTrue(has(result.report().problems(), "000000000010", "a cjm:Stage where a cjm:Evidence is expected"),
				result.report()::toString);
	}

	@Test
	void nothingElseIsReported() {
		assertEquals(2, result.report().problems().size(), result.report()::toString);
		// the added interview and the cited stage are both missing from the Seq
		assertEquals(2, result.report().findings().size(), result.report()::toString);
	}

	private static boolean has(List<ImportReport.Problem> problems, String value, String why) {
		return problems.stream().anyMatch(problem -> problem.subject().equals(BARRIER)
				&& EVIDENCE.equals(problem.property()) && problem.why().contains(value) && problem.why().contains(why));
	}
}
