package org.cjmstudio.rdf.mapping;

import org.apache.jena.graph.Node;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EObject;

/**
 * States how well a persona, emotion or barrier is backed ({@code cjm:evidenceLevel cjm:EvidenceLevel_...}), so a
 * SPARQL query can find the assumptions on a map without re-implementing the rule. The level is computed from the
 * citations at export time; import ignores it.
 */
final class EvidenceLevelTriples {

	private EvidenceLevelTriples() {
	}

	static void write(EObject element, Node subject, TripleSink sink) {
		EvidenceLevel level = EvidenceLevels.of(element);
		if (level != null) {
			sink.emit(subject, CJM.evidenceLevel.asNode(),
					FeatureTerms.concept(CjmPackage.Literals.EVIDENCE_LEVEL.getEEnumLiteral(level.getValue())));
		}
	}
}
