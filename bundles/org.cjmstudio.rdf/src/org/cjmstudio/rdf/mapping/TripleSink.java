package org.cjmstudio.rdf.mapping;

import org.apache.jena.graph.Node;

/** Where the mapping's helpers put the triples they derive; {@link MapToRdf} decides the graph. */
interface TripleSink {

	void emit(Node subject, Node predicate, Node object);
}
