package org.cjmstudio.formats.csv;

import java.util.Optional;

/** The lanes a CSV row can name, as the map editor names them. */
enum CardLane {
	STEPS("Steps"), TOUCHPOINTS("Touchpoints"), EMOTIONS("Emotions"), BARRIERS("Barriers"),
	OPPORTUNITIES("Opportunities"), METRICS("Metrics");

	final String label;

	CardLane(String label) {
		this.label = label;
	}

	/** Lanes whose cards live in a stage, so a row must name one. */
	boolean needsStage() {
		return this != OPPORTUNITIES && this != METRICS;
	}

	static Optional<CardLane> named(String name) {
		for (CardLane lane : values()) {
			if (lane.label.equalsIgnoreCase(name.strip())) {
				return Optional.of(lane);
			}
		}
		return Optional.empty();
	}

	static String labels() {
		StringBuilder labels = new StringBuilder();
		for (CardLane lane : values()) {
			labels.append(labels.isEmpty() ? "" : ", ").append(lane.label);
		}
		return labels.toString();
	}
}
