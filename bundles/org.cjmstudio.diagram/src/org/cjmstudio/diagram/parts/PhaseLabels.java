package org.cjmstudio.diagram.parts;

import org.cjmstudio.model.Phase;

/** The phase band's text above each stage. */
final class PhaseLabels {

	private PhaseLabels() {
	}

	static String of(Phase phase) {
		return switch (phase) {
			case BEFORE_PURCHASE -> "Before purchase";
			case DURING_PURCHASE -> "Purchase";
			case AFTER_PURCHASE -> "After purchase";
		};
	}
}
