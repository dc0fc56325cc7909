package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.research.StudyProgress;
import org.junit.jupiter.api.Test;

/** A study shows how far it is from ten interviews (research) and twenty (well founded). */
class StudyProgressTest {

	@Test
	void countsTowardTenAndTwenty() {
		StudyFixture fixture = new StudyFixture();
		for (int i = 0; i < 7; i++) {
			fixture.study.getInterviews().add(CjmFactory.eINSTANCE.createInterview());
		}
		StudyProgress seven = StudyProgress.of(fixture.study);
		assertEquals(3, seven.missingForMinimum());
		assertEquals(13, seven.missingForWellFounded());
		assertEquals(0.35, seven.towardWellFounded(), 1e-9);
		assertEquals("7 of 10 interviews: 3 more for the minimum worth calling research", seven.describe());

		assertEquals("12 of 20 interviews: research; 8 more to be well founded", new StudyProgress(12).describe());
		assertEquals("20 interviews: well founded", StudyProgress.of(TestStudies.imported("ru").study).describe());
		assertEquals(1.0, new StudyProgress(25).towardWellFounded(), 1e-9);
	}
}
