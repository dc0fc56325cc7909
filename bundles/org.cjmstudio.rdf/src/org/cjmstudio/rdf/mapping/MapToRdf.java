package org.cjmstudio.rdf.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Emits the triples of one journey map into a {@link StreamRDF}, walking the containment tree: nothing is copied
 * into memory, so a map of any size streams straight to the writer. Order is deterministic (containment order,
 * features in metamodel order) so two exports of the same map are byte-identical.
 * <p>
 * For each element: its type, every attribute that has a value (enumerations as SKOS concepts, so defaults such as
 * a stage's phase are stated), references as IRIs, {@code cjm:position} for elements in an ordered list, and its
 * external links both as {@code cjm:ExternalLink} resources (so their id and label survive) and as the direct
 * alignment triple ({@code owl:sameAs}, {@code skos:exactMatch}, ...) that other tools understand; and the
 * statements in PROV-O, DCTERMS and FOAF that need resources of their own ({@link AlignmentTriples}). Every
 * {@code cjm:} type and property is followed by the established terms the ontology aligns it with
 * ({@link StandardTerms}), so consumers without a reasoner see them too. Personas, emotions and barriers also get
 * their computed {@code cjm:evidenceLevel} ({@link EvidenceLevelTriples}). Every resource written gets an
 * {@code rdfs:label} ({@link Labels}), the name generic linked-data tools show.
 */
public final class MapToRdf {

	private final StreamRDF out;
	private final Node graph;
	private final boolean publishing;
	private final Function<Identifiable, Node> iris;

	/**
	 * Names every element by its id ({@code id:<uuid>}) and states an IRI kept from an import as {@code cjm:iri}:
	 * the team repository's graph, whose readers find elements by id.
	 *
	 * @param graph the named graph to write into (TriG), or null for the default graph
	 */
	public MapToRdf(StreamRDF out, Node graph) {
		this(out, graph, false);
	}

	private MapToRdf(StreamRDF out, Node graph, boolean publishing) {
		this.out = out;
		this.graph = graph;
		this.publishing = publishing;
		this.iris = publishing ? ElementIris::published : ElementIris::of;
	}

	/**
	 * For published files: an element imported under an IRI of its own ({@code Identifiable.iri}) is named by it
	 * again, so a re-export gives the file's IRIs; all others by their id.
	 */
	public static MapToRdf publishing(StreamRDF out, Node graph) {
		return new MapToRdf(out, graph, true);
	}

	public void write(JourneyMap map) {
		writeElement(map, -1);
	}

	/**
	 * Writes what {@link #write} states about {@code element} itself, without its children: its statements, the
	 * sequences of its lists and the resources minted from its IRI. Collaboration exports the elements a change
	 * touched this way, so the team repository's graph stays equal to a full export of the map.
	 */
	public void writeOwnStatements(EObject element) {
		EReference containment = element.eContainmentFeature();
		int position = containment != null && containment.isMany()
				? ((List<?>) element.eContainer().eGet(containment)).indexOf(element)
				: -1;
		writeStatements(element, position);
	}

	/** Writes one element and, after it, its children. */
	private void writeElement(EObject element, int position) {
		writeStatements(element, position);
		for (EReference containment : element.eClass().getEAllContainments()) {
			if (containment.isMany()) {
				List<?> children = (List<?>) element.eGet(containment);
				for (int i = 0; i < children.size(); i++) {
					writeElement((EObject) children.get(i), i);
				}
			} else if (element.eGet(containment) != null) {
				writeElement((EObject) element.eGet(containment), -1);
			}
		}
	}

	/**
	 * Writes all statements about one element together (so Turtle shows one block per element), then the
	 * sequences that keep the order of its lists.
	 */
	private void writeStatements(EObject element, int position) {
		Node subject = iris.apply((Identifiable) element);
		Node type = FeatureTerms.type(element.eClass());
		emit(subject, RDF.type.asNode(), type);
		StandardTerms.of(type).forEach(standardType -> emit(subject, RDF.type.asNode(), standardType));
		Node label = NodeFactory.createLiteralString(Labels.of(element));
		emit(subject, RDFS.label.asNode(), label);
		if (Labels.isConcept(element)) {
			emit(subject, SKOS.prefLabel.asNode(), label);
		}
		if (position >= 0) {
			emit(subject, CJM.position.asNode(), integer(position));
		}
		Map<EStructuralFeature, List<Node>> sequences = new LinkedHashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature == CjmPackage.Literals.IDENTIFIABLE__ID || feature.isTransient() || feature.isDerived()
					|| publishing && feature == CjmPackage.Literals.IDENTIFIABLE__IRI) {
				// published, the kept IRI is the subject itself
				continue;
			}
			List<Node> values = values(element, feature);
			Node property = FeatureTerms.property(feature);
			List<Node> standardProperties = StandardTerms.of(property);
			for (Node value : values) {
				emit(subject, property, value);
				for (Node standardProperty : standardProperties) {
					emit(subject, standardProperty, value);
				}
			}
			if (feature.isMany() && !isContainment(feature) && values.size() > 1) {
				sequences.put(feature, values);
			}
		}
		if (element instanceof CjmElement linked) {
			ExternalLinkTriples.writeAlignments(linked, subject, this::emit);
		}
		AlignmentTriples.write(element, subject, this::emit, iris);
		EvidenceLevelTriples.write(element, subject, this::emit);
		sequences.forEach((feature, values) -> writeSequence(element, subject, feature, values));
	}

	private List<Node> values(EObject element, EStructuralFeature feature) {
		if (!feature.isMany()) {
			Object value = element.eGet(feature);
			return value == null ? List.of() : List.of(toNode(feature, value));
		}
		List<?> values = (List<?>) element.eGet(feature);
		if (values.isEmpty()) {
			return List.of();
		}
		List<Node> nodes = new ArrayList<>(values.size());
		for (Object value : values) {
			nodes.add(toNode(feature, value));
		}
		return nodes;
	}

	private Node toNode(EStructuralFeature feature, Object value) {
		if (feature == CjmPackage.Literals.EXTERNAL_LINK__TARGET) {
			// the target is an IRI, not text: it is what owl:sameAs & co. point to
			return NodeFactory.createURI(value.toString());
		}
		if (feature instanceof EAttribute attribute) {
			return LiteralValues.toNode(attribute.getEAttributeType(), value);
		}
		return iris.apply((Identifiable) value);
	}

	private static boolean isContainment(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment();
	}

	/** RDF is a set: an rdf:Seq keeps order and repeats of a list with more than one value. */
	private void writeSequence(EObject element, Node subject, EStructuralFeature feature, List<Node> values) {
		Node sequence = ElementIris.sequenceOf(subject, feature);
		emit(sequence, RDF.type.asNode(), RDF.Seq.asNode());
		emit(sequence, RDFS.label.asNode(), NodeFactory.createLiteralString(Labels.ofSequence(element, feature)));
		for (int i = 0; i < values.size(); i++) {
			emit(sequence, RDF.li(i + 1).asNode(), values.get(i));
		}
	}

	private static Node integer(int value) {
		return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
	}

	private void emit(Node subject, Node predicate, Node object) {
		if (graph == null) {
			out.triple(Triple.create(subject, predicate, object));
		} else {
			out.quad(Quad.create(graph, subject, predicate, object));
		}
	}
}
