package org.cjmstudio.diagram.parts;

import java.util.function.BiConsumer;

import org.cjmstudio.diagram.figures.EvidenceBadge;
import org.cjmstudio.model.evidence.EvidenceBasis;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.eclipse.emf.ecore.EObject;

/** Gives a figure the evidence badge of its element and the words that explain it, if the element cites evidence. */
final class EvidenceBadges {

	private EvidenceBadges() {
	}

	static void show(EObject element, BiConsumer<EvidenceBadge, String> figure) {
		if (EvidenceLevels.of(element) == null) {
			figure.accept(null, null);
			return;
		}
		EvidenceBasis basis = EvidenceLevels.basisOf(element);
		figure.accept(new EvidenceBadge(basis.level(), basis.interviews().size()), basis.explanation());
	}
}
