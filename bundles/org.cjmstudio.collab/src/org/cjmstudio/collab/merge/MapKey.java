package org.cjmstudio.collab.merge;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** The unit of merging: one property of one subject. Changes to different keys combine without asking. */
record MapKey(Node subject, Node predicate) {

	static MapKey of(Triple triple) {
		return new MapKey(triple.getSubject(), triple.getPredicate());
	}
}
