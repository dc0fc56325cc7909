package org.cjmstudio.collab.apply;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * Which element a node of a map's graph belongs to: an element IRI is the element itself; a node minted from it
 * ({@code <element>/<feature>} sequences, {@code <element>/activity}, {@code <element>/owner}) belongs to that element.
 */
public final class MapIris {

	private static final int UUID_LENGTH = 36;

	private MapIris() {
	}

	/** The id of the element {@code node} belongs to, or empty for nodes that are no map element's. */
	public static Optional<String> elementIdOf(Node node) {
		if (!node.isURI() || !node.getURI().startsWith(CJM.ID_NS)) {
			return Optional.empty();
		}
		String iri = node.getURI();
		int end = Math.min(iri.length(), CJM.ID_NS.length() + UUID_LENGTH);
		return ElementIris.idOf(iri.substring(0, end));
	}

	/** The element a triple is about: the owner of its subject. */
	public static Optional<String> elementIdOf(Triple triple) {
		return elementIdOf(triple.getSubject());
	}
}
