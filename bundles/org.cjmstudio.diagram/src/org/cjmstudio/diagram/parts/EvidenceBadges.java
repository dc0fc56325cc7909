package org.cjmstudio.diagram.parts;

import java.util.function.BiConsumer;

import org.cjmstudio.diagram.evidence.EvidenceExplanations;
import org.cjmstudio.diagram.figures.EvidenceBadge;
import org.cjmstudio.model.evidence.EvidenceBasis;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.eclipse.emf.ecore.EObject;

/**
 * Gives a figure the evidence badge of its element and the words that explain it: barriers, personas and as-is
 * emotion points have one; a to-be point is the team's target and needs no evidence, so it has none.
 */
final class EvidenceBadges {

	private EvidenceBadges() {
	}

	static void show(EObject element, BiConsumer<EvidenceBadge, String> figure) {
		if (!EvidenceExplanations.hasBadge(element)) {
			figure.accept(null, null);
			return;
		}
		EvidenceBasis basis = EvidenceLevels.basisOf(element);
		figure.accept(new EvidenceBadge(basis.level(), basis.interviews().size()), EvidenceExplanations.of(element));
	}
}
