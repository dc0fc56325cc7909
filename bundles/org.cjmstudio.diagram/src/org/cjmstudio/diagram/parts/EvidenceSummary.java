package org.cjmstudio.diagram.parts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
		List<String> parts = new ArrayList<>();
		count(parts, interviews, "interview");
		count(parts, insights, "insight");
		count(parts, sources, "source");
		return String.join(" · ", parts);
	}

	/** Only what there is: "2 interviews · 1 source", not "2 interviews · 0 insights · 1 source". */
	private static void count(List<String> parts, long number, String noun) {
		if (number > 0) {
			parts.add(number + " " + noun + (number == 1 ? "" : "s"));
		}
	}
}
