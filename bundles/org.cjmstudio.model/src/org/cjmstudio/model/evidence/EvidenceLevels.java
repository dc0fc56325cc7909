package org.cjmstudio.model.evidence;

import org.cjmstudio.model.EvidenceLevel;
import org.eclipse.emf.ecore.EObject;

/**
 * How well an element is backed, computed from what it cites (see {@link EvidenceBasis}); never stored, so it can
 * never disagree with the citations.
 */
public final class EvidenceLevels {

	private EvidenceLevels() {
	}

	/** The level of a barrier, emotion or persona; null for an element that cannot cite evidence. */
	public static EvidenceLevel of(EObject element) {
		return Citations.cites(element) ? basisOf(element).level() : null;
	}

	public static EvidenceBasis basisOf(EObject element) {
		return EvidenceBasis.of(Citations.of(element));
	}

	/** The level as the badge's tool tip and README name it: "One interview". */
	public static String label(EvidenceLevel level) {
		return switch (level) {
		case ASSUMPTION -> "Assumption";
		case DATA_ONLY -> "Data only";
		case ONE_INTERVIEW -> "One interview";
		case SEVERAL_INTERVIEWS -> "Several interviews";
		case INTERVIEWS_AND_DATA -> "Interviews and data";
		};
	}
}
