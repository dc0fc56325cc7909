package org.cjmstudio.rdf.mapping;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which ontology term stands for which metamodel class, feature and enumeration literal. Names are taken from the
 * metamodel so a new feature needs no code here; only features whose name means different things on different
 * classes are renamed.
 */
public final class FeatureTerms {

	private static final Map<EStructuralFeature, String> RENAMED = Map.of(
			CjmPackage.Literals.EXTERNAL_LINK__TARGET, "linkTarget",
			CjmPackage.Literals.METRIC__TARGET, "targetValue",
			CjmPackage.Literals.BUYING_COMMITTEE_ROLE__TITLE, "jobTitle");

	private FeatureTerms() {
	}

	public static String localName(EStructuralFeature feature) {
		return RENAMED.getOrDefault(feature, feature.getName());
	}

	public static Node property(EStructuralFeature feature) {
		return NodeFactory.createURI(CJM.NS + localName(feature));
	}

	public static Node type(EClass eClass) {
		return NodeFactory.createURI(CJM.NS + eClass.getName());
	}

	/** Enumeration values are SKOS concepts: {@code cjm:<Enum>_<LITERAL>}, e.g. {@code cjm:Severity_HIGH}. */
	public static Node concept(EEnumLiteral literal) {
		return NodeFactory.createURI(CJM.NS + literal.getEEnum().getName() + "_" + literal.getName());
	}

	public static EEnumLiteral literalOf(EEnum eEnum, Node concept) {
		if (!concept.isURI()) {
			return null;
		}
		String prefix = CJM.NS + eEnum.getName() + "_";
		String iri = concept.getURI();
		return iri.startsWith(prefix) ? eEnum.getEEnumLiteral(iri.substring(prefix.length())) : null;
	}

	/** The metamodel class an {@code rdf:type} names, or null when it is not one of ours. */
	public static EClass classOf(Node type) {
		if (!type.isURI() || !type.getURI().startsWith(CJM.NS)) {
			return null;
		}
		return CjmPackage.eINSTANCE.getEClassifier(type.getURI().substring(CJM.NS.length())) instanceof EClass c
				? c
				: null;
	}
}
