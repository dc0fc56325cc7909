package org.cjmstudio.collab.recording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.mapping.MapToRdf;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * The map's export, kept element by element: for each element, the triples the RDF mapping writes about it alone
 * ({@link MapToRdf#writeOwnStatements}). Every triple of the export belongs to exactly one element (its subject is the
 * element or a node minted from the element's IRI), so after a change only the touched elements are exported again,
 * and the union of all elements' triples is always what a full export of the map gives.
 */
public final class ElementTriples {

	private final Map<String, List<Triple>> byElement = new HashMap<>();

	private ElementTriples() {
	}

	public static ElementTriples of(JourneyMap map) {
		ElementTriples index = new ElementTriples();
		index.byElement.put(map.getId(), ownTriples(map));
		for (TreeIterator<EObject> contents = map.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Identifiable identifiable) {
				index.byElement.put(identifiable.getId(), ownTriples(element));
			}
		}
		return index;
	}

	/**
	 * Exports the touched elements again and says how the map's graph changed. An element that is no longer in
	 * {@code map} loses all its triples.
	 */
	public TripleDiff refresh(Collection<? extends EObject> touched, JourneyMap map) {
		List<Triple> before = new ArrayList<>();
		List<Triple> after = new ArrayList<>();
		for (EObject element : touched) {
			if (!(element instanceof Identifiable identifiable) || identifiable.getId() == null) {
				continue;
			}
			List<Triple> old = byElement.remove(identifiable.getId());
			if (old != null) {
				before.addAll(old);
			}
			if (isIn(element, map)) {
				List<Triple> now = ownTriples(element);
				byElement.put(identifiable.getId(), now);
				after.addAll(now);
			}
		}
		return TripleDiff.between(before, after);
	}

	/** All triples, as a new in-memory graph: what a full export of the map would give. */
	public Graph toGraph() {
		Graph graph = GraphFactory.createDefaultGraph();
		byElement.values().forEach(triples -> triples.forEach(graph::add));
		return graph;
	}

	public int size() {
		return byElement.values().stream().mapToInt(List::size).sum();
	}

	private static boolean isIn(EObject element, JourneyMap map) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current == map) {
				return true;
			}
		}
		return false;
	}

	static List<Triple> ownTriples(EObject element) {
		List<Triple> triples = new ArrayList<>();
		new MapToRdf(new StreamRDFBase() {
			@Override
			public void triple(Triple triple) {
				triples.add(triple);
			}
		}, null).writeOwnStatements(element);
		return triples;
	}
}
