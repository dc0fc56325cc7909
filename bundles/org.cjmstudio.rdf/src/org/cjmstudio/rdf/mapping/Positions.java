package org.cjmstudio.rdf.mapping;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * Where an element stands among its siblings, as an export wrote it ({@code cjm:position}). The import, the team
 * repository's graph reader and its merge all order by it, so all read it here, in one way.
 */
public final class Positions {

	/** The place of an element without a usable position: after every numbered one. */
	public static final int NONE = Integer.MAX_VALUE;

	private Positions() {
	}

	/** The element's position, or {@link #NONE}; a value that is not a whole number counts as none. */
	public static int of(Graph graph, Node element) {
		for (Node position : graph.find(element, CJM.position.asNode(), Node.ANY).mapWith(Triple::getObject).toList()) {
			if (isWholeNumber(position)) {
				return ((Number) position.getLiteralValue()).intValue();
			}
		}
		return NONE;
	}

	/**
	 * Whether {@code value} is a literal whose lexical form fits its numeric datatype. Checked before asking Jena for
	 * the value: for {@code "x"^^xsd:integer} Jena throws instead of answering.
	 */
	public static boolean isWholeNumber(Node value) {
		return value.isLiteral() && value.getLiteralDatatype().isValid(value.getLiteralLexicalForm())
				&& value.getLiteralValue() instanceof Number number
				&& number.doubleValue() == Math.rint(number.doubleValue());
	}
}
