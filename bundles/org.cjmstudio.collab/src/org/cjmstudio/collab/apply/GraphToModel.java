package org.cjmstudio.collab.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.mapping.LiteralValues;
import org.cjmstudio.rdf.mapping.Positions;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings a live map in line with its graph after a change someone else made: for each element the change touched,
 * it reads the element's statements from the graph and sets what differs, creating elements the graph has and the
 * map lacks and removing those the graph no longer has. Only the touched elements are read, so a remote rename costs
 * one element, whatever the size of the map. Values are set only where they differ, so open editors refresh just
 * what changed and keep their selection.
 */
public final class GraphToModel {

	private final Graph graph;
	private final JourneyMap map;
	private final Map<String, EObject> elements = new HashMap<>();

	public GraphToModel(Graph graph, JourneyMap map) {
		this.graph = graph;
		this.map = map;
		elements.put(map.getId(), map);
		for (TreeIterator<EObject> contents = map.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identifiable element) {
				elements.put(element.getId(), element);
			}
		}
	}

	/**
	 * Updates the elements with the given ids (those a patch's triples are about) from the graph. Returns every
	 * element it looked at, the removed ones included, for the caller to export again.
	 */
	public Collection<EObject> update(Collection<String> touchedIds) {
		Map<String, EObject> touched = new LinkedHashMap<>();
		List<EObject> removed = new ArrayList<>();
		for (String id : withContainers(touchedIds)) {
			Node node = NodeFactory.createURI(CJM.ID_NS + id);
			EClass type = typeOf(node);
			EObject element = elements.get(id);
			if (type == null) {
				if (element != null && element != map) {
					removed.add(element);
				}
				continue;
			}
			if (element == null || element.eClass() != type) {
				element = EcoreUtil.create(type); // a plugin's card class is made by its own package's factory
				((Identifiable) element).setId(id);
				elements.put(id, element);
			}
			touched.put(id, element);
		}
		for (Map.Entry<String, EObject> entry : touched.entrySet()) {
			read(NodeFactory.createURI(CJM.ID_NS + entry.getKey()), entry.getValue());
		}
		Set<EObject> result = new LinkedHashSet<>(touched.values());
		for (EObject gone : removed) {
			result.add(gone);
			gone.eAllContents().forEachRemaining(result::add);
			if (gone.eContainer() != null) {
				result.add(gone.eContainer());
				EcoreUtil.remove(gone);
			}
		}
		return result;
	}

	/**
	 * The touched elements and their containers, old and new: a container keeps the order of its children, so a
	 * child that moved (only its {@code cjm:position} changed) is put in place by reading its container again.
	 */
	private Set<String> withContainers(Collection<String> ids) {
		Set<String> all = new LinkedHashSet<>(ids);
		for (String id : ids) {
			Node node = NodeFactory.createURI(CJM.ID_NS + id);
			graph.find(Node.ANY, Node.ANY, node).forEachRemaining(triple -> {
				if (MapSchema.isContainment(triple.getPredicate())) {
					MapIris.elementIdOf(triple.getSubject()).ifPresent(all::add);
				}
			});
			EObject element = elements.get(id);
			if (element != null && element.eContainer() instanceof Identifiable container) {
				all.add(container.getId());
			}
		}
		return all;
	}

	private EClass typeOf(Node node) {
		for (Node type : objects(node, RDF.type.asNode())) {
			EClass eClass = FeatureTerms.classOf(type);
			if (eClass != null && !eClass.isAbstract()) {
				return eClass;
			}
		}
		return null;
	}

	private void read(Node node, EObject element) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature == CjmPackage.Literals.IDENTIFIABLE__ID || feature.isTransient() || feature.isDerived()) {
				continue;
			}
			List<Object> values = values(node, feature);
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> current = (EList<Object>) element.eGet(feature);
				if (!current.equals(values)) {
					ECollections.setEList(current, values);
				}
			} else {
				Object value = values.isEmpty() ? null : values.get(0);
				if (value == null && !(feature instanceof EReference) && feature.getDefaultValue() != null) {
					value = feature.getDefaultValue();
				}
				if (!Objects.equals(element.eGet(feature), value)) {
					element.eSet(feature, value);
				}
			}
		}
	}

	private List<Object> values(Node node, EStructuralFeature feature) {
		List<Node> found = orderedObjects(node, feature);
		List<Object> values = new ArrayList<>(found.size());
		for (Node value : found) {
			Object converted = convert(feature, value);
			if (converted != null) {
				values.add(converted);
			}
		}
		return values;
	}

	private Object convert(EStructuralFeature feature, Node value) {
		if (feature instanceof EReference reference) {
			EObject target = ElementIris.idOf(value.isURI() ? value.getURI() : "").map(elements::get).orElse(null);
			return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
		}
		if (feature == CjmPackage.Literals.EXTERNAL_LINK__TARGET && value.isURI()) {
			return value.getURI();
		}
		try {
			return LiteralValues.fromNode(((EAttribute) feature).getEAttributeType(), value);
		} catch (IllegalArgumentException notOfThisType) {
			return null;
		}
	}

	/**
	 * A feature's values in the order the export keeps: children by {@code cjm:position}; other lists by their
	 * {@code rdf:Seq} (which also keeps repeated text values), members missing from it after a merge last.
	 */
	private List<Node> orderedObjects(Node node, EStructuralFeature feature) {
		List<Node> members = new ArrayList<>(objects(node, FeatureTerms.property(feature)));
		members.sort(Comparator.comparing(Node::toString));
		if (!feature.isMany()) {
			return members;
		}
		if (feature instanceof EReference reference && reference.isContainment()) {
			members.sort(Comparator.comparingInt(this::position).thenComparing(member -> member.toString()));
			return members;
		}
		List<Node> sequence = sequence(ElementIris.sequenceOf(node, feature));
		if (sequence.isEmpty()) {
			return members;
		}
		List<Node> ordered = new ArrayList<>();
		Set<Node> inSequence = new LinkedHashSet<>();
		for (Node item : sequence) {
			if (members.contains(item)) {
				ordered.add(item);
				inSequence.add(item);
			}
		}
		members.stream().filter(member -> !inSequence.contains(member)).forEach(ordered::add);
		return ordered;
	}

	private List<Node> sequence(Node sequence) {
		List<Node> items = new ArrayList<>();
		for (int i = 1;; i++) {
			List<Node> item = objects(sequence, RDF.li(i).asNode());
			if (item.isEmpty()) {
				return items;
			}
			items.add(item.get(0));
		}
	}

	private int position(Node element) {
		return Positions.of(graph, element);
	}

	private List<Node> objects(Node subject, Node property) {
		return graph.find(subject, property, Node.ANY).mapWith(triple -> triple.getObject()).toList();
	}
}
