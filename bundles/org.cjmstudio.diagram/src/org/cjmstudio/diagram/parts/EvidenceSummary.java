package org.cjmstudio.diagram.parts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.Stage;

/** What the evidence lane says under a stage: how much research its barriers and emotions rest on. */
final class EvidenceSummary {

	private EvidenceSummary() {
	}

	static String of(Stage stage) {
		Set<Evidence> cited = new LinkedHashSet<>();
		for (Barrier barrier : stage.getBarriers()) {
			cited.addAll(barrier.getEvidence());
		}
		for (Emotion emotion : stage.getEmotions()) {
			cited.addAll(emotion.getEvidence());
		}
		if (cited.isEmpty()) {
			return "no evidence";
		}
		long interviews = cited.stream().filter(evidence -> evidence instanceof Interview).count()
				+ cited.stream().filter(evidence -> evidence instanceof ResearchStudy)
						.mapToLong(study -> ((ResearchStudy) study).getInterviews().size()).sum();
		long insights = cited.stream().filter(evidence -> evidence instanceof Insight).count();
		long sources = cited.stream().filter(evidence -> evidence instanceof DataSource).count();
		return count(interviews, "interview") + " · " + count(insights, "insight") + " · " + count(sources, "source");
	}

	private static String count(long number, String noun) {
		return number + " " + noun + (number == 1 ? "" : "s");
	}
}
