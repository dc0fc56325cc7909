package org.cjmstudio.rdf.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	// Terms are asked for once per exported value, a million times for a large workspace: make each IRI node once.
	private static final Map<EStructuralFeature, Node> PROPERTIES = new ConcurrentHashMap<>();
	private static final Map<EClass, Node> TYPES = new ConcurrentHashMap<>();
	private static final Map<EEnumLiteral, Node> CONCEPTS = new ConcurrentHashMap<>();

	private FeatureTerms() {
	}

	public static String localName(EStructuralFeature feature) {
		return RENAMED.getOrDefault(feature, feature.getName());
	}

	public static Node property(EStructuralFeature feature) {
		return PROPERTIES.computeIfAbsent(feature, f -> NodeFactory.createURI(CJM.NS + localName(f)));
	}

	public static Node type(EClass eClass) {
		return TYPES.computeIfAbsent(eClass, c -> NodeFactory.createURI(CJM.NS + c.getName()));
	}

	/** Enumeration values are SKOS concepts: {@code cjm:<Enum>_<LITERAL>}, e.g. {@code cjm:Severity_HIGH}. */
	public static Node concept(EEnumLiteral literal) {
		return CONCEPTS.computeIfAbsent(literal,
				l -> NodeFactory.createURI(CJM.NS + l.getEEnum().getName() + "_" + l.getName()));
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
