package org.cjmstudio.formats.ujg;

import org.cjmstudio.model.Severity;

/**
 * UJG's pain-point severity is a decimal from 0 to 1; ours is one of four levels. Export writes each level as the top
 * of its quarter (low 0.25, medium 0.5, high 0.75, critical 1), import reads each quarter as its level, so the round
 * trip is exact and an outside document's 0.7 is "high".
 */
final class PainPointSeverity {

	private PainPointSeverity() {
	}

	static double of(Severity severity) {
		return switch (severity) {
			case LOW -> 0.25;
			case MEDIUM -> 0.5;
			case HIGH -> 0.75;
			case CRITICAL -> 1.0;
		};
	}

	static Severity of(double value) {
		return value <= 0.25 ? Severity.LOW : value <= 0.5 ? Severity.MEDIUM : value <= 0.75 ? Severity.HIGH
				: Severity.CRITICAL;
	}
}
