package org.cjmstudio.collab.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the merge needs to know of the metamodel, by ontology property: whether a property holds one value or many,
 * and which properties contain elements. Taken from the metamodel, so new features need nothing here.
 */
public final class MapSchema {

	private static final Map<Node, Boolean> MANY = new HashMap<>();
	private static final Set<Node> CONTAINMENTS = new HashSet<>();

	static {
		for (Object classifier : CjmPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					Node property = FeatureTerms.property(feature);
					MANY.merge(property, feature.isMany(), Boolean::logicalOr);
					if (feature instanceof EReference reference && reference.isContainment()) {
						CONTAINMENTS.add(property);
					}
				}
			}
		}
	}

	private MapSchema() {
	}

	/**
	 * A key the user could care about: a {@code cjm:} property of an element. Everything else in the graph (standard
	 * terms beside the {@code cjm:} ones, sequences, positions) follows from these and is stated again by the export.
	 */
	public static boolean isPrimary(Node subject, Node predicate) {
		return subject.isURI() && ElementIris.idOf(subject.getURI()).isPresent() && MANY.containsKey(predicate);
	}

	public static boolean isSingleValued(Node property) {
		return Boolean.FALSE.equals(MANY.get(property));
	}

	public static boolean isContainment(Node property) {
		return CONTAINMENTS.contains(property);
	}

	public static Set<Node> containments() {
		return CONTAINMENTS;
	}

	public static boolean isPosition(Node property) {
		return CJM.position.asNode().equals(property);
	}
}
