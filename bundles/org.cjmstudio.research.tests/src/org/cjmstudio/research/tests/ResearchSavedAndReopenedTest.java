package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.patterns.ProposedInsightCommands;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the analyst built from transcripts survives the map file: 20 imported interviews, every proposal accepted,
 * saved, reopened, equal, and the research raises no problem in validation.
 */
class ResearchSavedAndReopenedTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void importedAndAcceptedResearchIsSavedWhole(String language) throws Exception {
		StudyFixture fixture = TestStudies.imported(language);
		List<ProposedInsight> proposals = InterviewAnalysis.of(fixture.study).propose(null);
		for (ProposedInsight proposal : proposals) {
			fixture.domain.getCommandStack()
					.execute(ProposedInsightCommands.accept(fixture.domain, fixture.study, proposal));
		}
		assertEquals(proposals.size(), fixture.map.getInsights().size());
		assertTrue(InterviewAnalysis.of(fixture.study).propose(null).isEmpty(), "everything was decided");

		Path file = folder.resolve("research-" + language + ".cjm");
		MapFiles.save(fixture.map, file);
		JourneyMap reopened = MapFiles.load(file);

		assertTrue(EcoreUtil.equals(fixture.map, reopened), "the reopened map equals the one built");
		for (Diagnostic problem : MapValidation.standard().validate(reopened).getChildren()) {
			boolean aboutResearch = problem.getData().stream().anyMatch(Evidence.class::isInstance);
			assertTrue(!aboutResearch, "research raises no problem: " + problem.getMessage());
		}
	}
}
