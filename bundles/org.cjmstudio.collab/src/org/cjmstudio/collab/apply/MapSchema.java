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
 * and which properties contain elements. Taken from the metamodel, so new features need nothing here; the properties
 * of an installed plugin's cards (org.cjmstudio.diagram.lanes) from the plugin's own package.
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
		return subject.isURI() && ElementIris.idOf(subject.getURI()).isPresent() && many(predicate) != null;
	}

	public static boolean isSingleValued(Node property) {
		return Boolean.FALSE.equals(many(property));
	}

	/** Whether the property holds many values; null when it is no property of ours or of an installed plugin. */
	private static Boolean many(Node property) {
		Boolean many = MANY.get(property);
		if (many != null) {
			return many;
		}
		EStructuralFeature pluginFeature = FeatureTerms.pluginFeature(property);
		return pluginFeature == null ? null : pluginFeature.isMany();
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
