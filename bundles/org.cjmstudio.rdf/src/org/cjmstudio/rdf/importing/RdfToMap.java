package org.cjmstudio.rdf.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileCharacters;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.mapping.LiteralValues;
import org.cjmstudio.rdf.mapping.Positions;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Rebuilds maps from a graph: from each {@code cjm:JourneyMap} down its containment properties, then resolves the
 * cross references once every element exists. Whatever does not fit the metamodel goes to the report.
 */
final class RdfToMap {

	private record PendingReference(EObject owner, Node subject, EReference reference, List<Node> targets) {
	}

	private final Graph graph;
	private final ImportReport report;
	private final ElementValues values;
	private final Map<Node, EObject> elements = new LinkedHashMap<>();
	/** Where each element was first met, to say which place keeps an element contained twice. */
	private final Map<Node, Node> containers = new HashMap<>();
	private final Map<String, Node> nodesById = new HashMap<>();
	private final List<PendingReference> pending = new ArrayList<>();

	RdfToMap(Graph graph, ImportReport report) {
		this.graph = graph;
		this.report = report;
		this.values = new ElementValues(graph, report);
	}

	List<JourneyMap> maps() throws RdfImportException {
		Node mapType = FeatureTerms.type(CjmPackage.Literals.JOURNEY_MAP);
		List<Node> mapNodes = graph.find(Node.ANY, RDF.type.asNode(), mapType).mapWith(t -> t.getSubject()).toList();
		if (mapNodes.isEmpty()) {
			throw new RdfImportException("No journey map found: no resource has rdf:type <" + mapType.getURI() + ">.");
		}
		List<JourneyMap> maps = new ArrayList<>();
		for (Node mapNode : mapNodes.stream().sorted(Comparator.comparing(Node::toString)).toList()) {
			JourneyMap map = (JourneyMap) build(mapNode, CjmPackage.Literals.JOURNEY_MAP, null);
			if (map == null) {
				throw RdfImportException.mapIncomplete("The journey map " + mapNode
						+ " needs an IRI, not a blank node; nothing was imported.");
			}
			if (map.getTitle() == null || map.getTitle().isBlank()) {
				throw RdfImportException.mapIncomplete("The journey map <" + mapNode.getURI() + "> has no title: add"
						+ " a <" + CJM.NS + "title> to it; nothing was imported.");
			}
			maps.add(map);
		}
		pending.forEach(this::resolve);
		reportElementsOutsideMaps();
		reportUnreadablePositions();
		// RDF has no order; users find maps by title (file names and the map that opens follow this order)
		maps.sort(Comparator.comparing(JourneyMap::getTitle, String.CASE_INSENSITIVE_ORDER));
		return maps;
	}

	/**
	 * The element id for {@code node}, never one another element of the file already has: two elements with one id
	 * make a map whose references point at the wrong element (a hand-crafted file can name a derived id).
	 */
	private String uniqueId(Node node) {
		String id = ElementIris.idFor(node.getURI());
		Node holder = nodesById.putIfAbsent(id, node);
		if (holder == null) {
			return id;
		}
		String fresh = UUID.nameUUIDFromBytes(("again:" + node.getURI()).getBytes(StandardCharsets.UTF_8)).toString();
		while (nodesById.putIfAbsent(fresh, node) != null) {
			fresh = UUID.randomUUID().toString();
		}
		report.add(node.getURI(), null, "its id " + id + " is already the id of <" + holder.getURI()
				+ ">; it was given the id " + fresh + " instead");
		return fresh;
	}

	private void reportUnreadablePositions() {
		graph.find(Node.ANY, CJM.position.asNode(), Node.ANY).filterDrop(t -> Positions.isWholeNumber(t.getObject()))
				.forEach(t -> report.add(t.getSubject().toString(), CJM.position.getURI(), "'"
						+ (t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject())
						+ "' is not a whole number, so it was placed after its numbered siblings"));
	}

	private EObject build(Node node, EClass expected, Node container) {
		if (!node.isURI()) {
			report.add(node.toString(), null, "a blank node; map elements need an IRI, so it was left out");
			return null;
		}
		if (elements.containsKey(node)) {
			report.add(node.getURI(), null, "contained in more than one place: kept in <" + containers.get(node)
					+ ">, the first met (maps by IRI, then each element's lists in metamodel and list order), "
					+ "left out of <" + container + ">");
			return null;
		}
		containers.put(node, container);
		EClass eClass = classOf(node, expected);
		if (eClass == null) {
			report.add(node.getURI(), RDF.type.getURI(), pluginType(node)
					.map(type -> "its rdf:type <" + type + "> is no kind of cjm:" + expected.getName() + " known here: a"
							+ " card of a plugin that is not installed? Install the plugin to import it; it was left out")
					.orElse("no rdf:type names a kind of cjm:" + expected.getName() + ", so it was left out"));
			return null;
		}
		// a plugin's card class (org.cjmstudio.diagram.lanes) is made by its own package's factory
		EObject element = EcoreUtil.create(eClass);
		((Identifiable) element).setId(uniqueId(node));
		boolean ownIri = ElementIris.idOf(node.getURI()).isEmpty();
		if (ownIri) {
			// Imported in full: a finding, not data left out. The same IRI always gives the same id.
			report.note(node.getURI(), null, "an IRI of its own; kept, so a re-export names it so again, with the id "
					+ ((Identifiable) element).getId() + " (the same IRI always gives this id)");
		}
		elements.put(node, element);
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature == CjmPackage.Literals.IDENTIFIABLE__ID || feature.isTransient() || feature.isDerived()) {
				continue;
			}
			List<Node> found = values.of(node, feature);
			if (found.isEmpty()) {
				continue;
			}
			if (!feature.isMany() && found.size() > 1) {
				report.add(node.getURI(), FeatureTerms.property(feature).getURI(),
						found.size() + " values where one is allowed; kept " + found.get(0));
				found = found.subList(0, 1);
			}
			if (feature instanceof EAttribute attribute) {
				readAttribute(element, node, attribute, found);
			} else if (((EReference) feature).isContainment()) {
				readChildren(element, node, (EReference) feature, found);
			} else {
				pending.add(new PendingReference(element, node, (EReference) feature, found));
			}
		}
		if (ownIri) {
			keepIri((Identifiable) element, node);
		}
		reportUnknownProperties(node, eClass);
		return element;
	}

	/** The element's own IRI is the one it is published under; a {@code cjm:iri} that says otherwise loses. */
	private void keepIri(Identifiable element, Node node) {
		if (element.getIri() != null && !element.getIri().equals(node.getURI())) {
			report.add(node.getURI(), FeatureTerms.property(CjmPackage.Literals.IDENTIFIABLE__IRI).getURI(), "'"
					+ element.getIri() + "' is not the element's own IRI, which it keeps; left out");
		}
		element.setIri(node.getURI());
	}

	private EClass classOf(Node node, EClass expected) {
		Set<EClass> candidates = new HashSet<>();
		for (Node type : values.objects(node, RDF.type.asNode())) {
			EClass eClass = FeatureTerms.classOf(type);
			if (eClass != null && !eClass.isAbstract() && expected.isSuperTypeOf(eClass)) {
				candidates.add(eClass);
			}
		}
		if (candidates.size() == 1) {
			return candidates.iterator().next();
		}
		return candidates.isEmpty() && !expected.isAbstract() ? expected : null;
	}

	/** A type of {@code node} outside CJM Studio's ontology, as a plugin's card has, if any. */
	private Optional<String> pluginType(Node node) {
		return values.objects(node, RDF.type.asNode()).stream()
				.filter(type -> type.isURI() && !type.getURI().startsWith(CJM.NS))
				.map(Node::getURI).sorted().findFirst();
	}

	@SuppressWarnings("unchecked")
	private void readAttribute(EObject element, Node subject, EAttribute attribute, List<Node> found) {
		List<Object> read = new ArrayList<>();
		for (Node value : found) {
			try {
				Object attributeValue = attribute == CjmPackage.Literals.EXTERNAL_LINK__TARGET && value.isURI()
						? value.getURI() : LiteralValues.fromNode(attribute.getEAttributeType(), value);
				if (attributeValue instanceof String text && !MapFileCharacters.canHold(text)) {
					report.add(subject.getURI(), FeatureTerms.property(attribute).getURI(), "holds "
							+ MapFileCharacters.forbiddenIn(text) + ", which a map file cannot hold; left out of it");
					attributeValue = MapFileCharacters.clean(text);
				}
				if (isPlainStringForAValue(attribute, value)) {
					report.note(subject.getURI(), FeatureTerms.property(attribute).getURI(), "'"
							+ value.getLiteralLexicalForm() + "' is a plain string where a typed "
							+ attribute.getEAttributeType().getInstanceClass().getSimpleName() + " literal is "
							+ "expected; read as " + attributeValue);
				}
				read.add(attributeValue);
			} catch (IllegalArgumentException e) {
				report.add(subject.getURI(), FeatureTerms.property(attribute).getURI(), e.getMessage());
			}
		}
		if (attribute.isMany()) {
			((EList<Object>) element.eGet(attribute)).addAll(read);
		} else if (!read.isEmpty()) {
			element.eSet(attribute, read.get(0));
		}
	}

	/** A number, truth value or time given as a plain string ({@code "-2"} for {@code -2}): read, but told. */
	private static boolean isPlainStringForAValue(EAttribute attribute, Node value) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return value.isLiteral() && type != null && type != String.class
				&& !(attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum)
				&& org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.equals(value.getLiteralDatatype());
	}

	@SuppressWarnings("unchecked")
	private void readChildren(EObject element, Node node, EReference reference, List<Node> found) {
		for (Node childNode : found) {
			EObject child = build(childNode, reference.getEReferenceType(), node);
			if (child == null) {
				continue;
			}
			if (reference.isMany()) {
				((EList<EObject>) element.eGet(reference)).add(child);
			} else {
				element.eSet(reference, child);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void resolve(PendingReference link) {
		for (Node targetNode : link.targets()) {
			EObject target = elements.get(targetNode);
			String property = FeatureTerms.property(link.reference()).getURI();
			if (target == null) {
				report.add(link.subject().getURI(), property,
						"refers to " + targetNode + ", which is not an element of an imported map");
			} else if (!link.reference().getEReferenceType().isInstance(target)) {
				report.add(link.subject().getURI(), property, "refers to " + targetNode + ", a cjm:"
						+ target.eClass().getName() + " where a cjm:" + link.reference().getEReferenceType().getName()
						+ " is expected");
			} else if (link.reference().isMany()) {
				((EList<EObject>) link.owner().eGet(link.reference())).add(target);
			} else {
				link.owner().eSet(link.reference(), target);
			}
		}
	}

	private void reportUnknownProperties(Node node, EClass eClass) {
		// cjm:evidenceLevel is computed from the citations, so it is recomputed rather than read
		Set<String> known = new HashSet<>(
				Set.of(CJM.position.getURI(), CJM.linkTarget.getURI(), CJM.evidenceLevel.getURI()));
		eClass.getEAllStructuralFeatures().forEach(f -> known.add(FeatureTerms.property(f).getURI()));
		graph.find(node, Node.ANY, Node.ANY).toList().forEach(triple -> {
			String property = triple.getPredicate().getURI();
			if (property.startsWith(CJM.NS) && !known.contains(property)) {
				report.add(node.getURI(), property, "not a property of cjm:" + eClass.getName() + "; ignored");
			}
		});
	}

	private void reportElementsOutsideMaps() {
		Set<Node> outside = new HashSet<>();
		graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().forEach(triple -> {
			if (FeatureTerms.classOf(triple.getObject()) != null && !elements.containsKey(triple.getSubject())) {
				outside.add(triple.getSubject());
			}
		});
		outside.stream().sorted(Comparator.comparing(Node::toString)).forEach(node -> report.add(node.toString(),
				null, "typed as a CJM element but not contained in any imported map; ignored"));
	}
}
