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
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which ontology term stands for which metamodel class, feature and enumeration literal. Names are taken from the
 * metamodel so a new feature needs no code here; only features whose name means different things on different
 * classes are renamed. The cards of a plugin's lane (org.cjmstudio.diagram.lanes), instances of a class of the plugin's
 * own EMF package, are named in that package's namespace: the example's employee action is
 * {@code <https://w3id.org/cjmstudio/example/blueprint/1.0#EmployeeAction>} with its {@code ...#actor}, while what it
 * has as a card (id, colour, image, links) keeps its {@code cjm:} terms. Such a card is read back wherever its plugin
 * is installed.
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
		return PROPERTIES.computeIfAbsent(feature, f -> NodeFactory.createURI(isOurs(f.getEContainingClass().getEPackage())
				? CJM.NS + localName(f) : pluginTerm(f.getEContainingClass().getEPackage(), f.getName())));
	}

	public static Node type(EClass eClass) {
		return TYPES.computeIfAbsent(eClass, c -> NodeFactory.createURI(isOurs(c.getEPackage()) ? CJM.NS + c.getName()
				: pluginTerm(c.getEPackage(), c.getName())));
	}

	private static boolean isOurs(EPackage ePackage) {
		return ePackage == CjmPackage.eINSTANCE;
	}

	/** {@code <namespace>#<name>}, or {@code <namespace><name>} for a namespace that ends in '/' or '#'. */
	private static String pluginTerm(EPackage ePackage, String name) {
		String namespace = ePackage.getNsURI();
		return namespace + (namespace.endsWith("/") || namespace.endsWith("#") ? "" : "#") + name;
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

	/**
	 * The metamodel class an {@code rdf:type} names, or null when it is neither one of ours nor the card class of an
	 * installed plugin.
	 */
	public static EClass classOf(Node type) {
		if (!type.isURI()) {
			return null;
		}
		if (type.getURI().startsWith(CJM.NS)) {
			return CjmPackage.eINSTANCE.getEClassifier(type.getURI().substring(CJM.NS.length())) instanceof EClass c
					? c
					: null;
		}
		return pluginCardClass(type.getURI());
	}

	/** A card class of an installed plugin's package named by {@code iri}, or null. */
	public static EClass pluginCardClass(String iri) {
		EPackage ePackage = pluginPackageOf(iri);
		if (ePackage != null) {
			for (Object classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass c && CjmPackage.Literals.CARD.isSuperTypeOf(c)
						&& iri.equals(type(c).getURI())) {
					return c;
				}
			}
		}
		return null;
	}

	/** A feature a card class of an installed plugin declares that {@code property} names, or null. */
	public static EStructuralFeature pluginFeature(Node property) {
		if (!property.isURI()) {
			return null;
		}
		EPackage ePackage = pluginPackageOf(property.getURI());
		if (ePackage != null) {
			for (Object classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass c) {
					for (EStructuralFeature feature : c.getEStructuralFeatures()) {
						if (property.equals(property(feature))) {
							return feature;
						}
					}
				}
			}
		}
		return null;
	}

	/** The installed plugin package whose namespace {@code iri} is in (see {@link #pluginTerm}), or null. */
	private static EPackage pluginPackageOf(String iri) {
		if (iri.startsWith(CJM.NS)) {
			return null;
		}
		int split = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
		if (split <= 0) {
			return null;
		}
		for (String namespace : new String[] { iri.substring(0, split), iri.substring(0, split + 1) }) {
			EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(namespace);
			if (ePackage != null && !isOurs(ePackage)) {
				return ePackage;
			}
		}
		return null;
	}
}
