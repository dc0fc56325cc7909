package org.cjmstudio.formats.csv;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.evidence.EvidenceLevels;

/**
 * A map's cards as CSV rows, in the editor's order: stage by stage, lane by lane (steps, touchpoints, emotions,
 * barriers), then the opportunities and metrics, which the map holds and a stage only shows.
 */
final class CardRows {

	static final List<String> HEADER = List.of("map", "stage", "lane", "name", "details", "evidence level");

	private CardRows() {
	}

	static List<List<String>> of(JourneyMap map) {
		List<List<String>> rows = new ArrayList<>();
		for (Stage stage : map.getStages()) {
			for (Step step : stage.getSteps()) {
				rows.add(row(map, stage, CardLane.STEPS, step.getName(), step.getDoes(), step));
			}
			for (Touchpoint touchpoint : stage.getTouchpoints()) {
				rows.add(row(map, stage, CardLane.TOUCHPOINTS, touchpoint.getName(), touchpoint.getDescription(),
						touchpoint));
			}
			for (Emotion emotion : stage.getEmotions()) {
				rows.add(row(map, stage, CardLane.EMOTIONS, EmotionNames.of(emotion), emotion.getNote(), emotion));
			}
			for (Barrier barrier : stage.getBarriers()) {
				rows.add(row(map, stage, CardLane.BARRIERS, barrier.getName(), barrier.getDescription(), barrier));
			}
		}
		for (Opportunity opportunity : map.getOpportunities()) {
			rows.add(row(map, opportunity.getStage(), CardLane.OPPORTUNITIES, opportunity.getTitle(),
					opportunity.getDescription(), opportunity));
		}
		for (Metric metric : map.getMetrics()) {
			rows.add(row(map, metric.getStage(), CardLane.METRICS, metric.getName(), metric.getSourceNote(), metric));
		}
		return rows;
	}

	private static List<String> row(JourneyMap map, Stage stage, CardLane lane, String name, String details,
			Card card) {
		EvidenceLevel level = EvidenceLevels.of(card);
		return List.of(text(map.getTitle()), stage == null ? "" : text(stage.getName()), lane.label, text(name),
				text(details), level == null ? "" : EvidenceLevels.label(level));
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
