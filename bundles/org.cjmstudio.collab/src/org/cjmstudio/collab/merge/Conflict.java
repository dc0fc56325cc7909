package org.cjmstudio.collab.merge;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A change of mine that cannot be combined with a change someone else made first; the user chooses which stands.
 * {@code element} is the element concerned (an element IRI); {@code property} the property both sides set (for
 * {@link Kind#SAME_PROPERTY}) or the list whose order both changed ({@link Kind#LIST_ORDER}), else null. The value
 * lists hold what the property had in the common base, what the other side made of it, and what I made of it (for
 * lists, the elements in order).
 */
public record Conflict(Kind kind, Node element, Node property, List<Node> base, List<Node> theirs, List<Node> mine,
		String theirAuthor) {

	public enum Kind {
		/** Both set one single-valued property of one element to different values. */
		SAME_PROPERTY,
		/** I changed an element that the other side deleted. */
		EDITED_ELEMENT_DELETED_THERE,
		/** I deleted an element that the other side changed. */
		DELETED_ELEMENT_EDITED_THERE,
		/** I made an element refer to (or contain) an element that the other side deleted. */
		REFERENCE_TO_DELETED_ELEMENT,
		/** Both reordered one list differently. */
		LIST_ORDER
	}

	/** What the user chose for a conflict. */
	public enum Choice {
		/** Keep my change (for a deleted element: bring it back). */
		MINE,
		/** Keep theirs (my change to that property, element or list is dropped). */
		THEIRS
	}

	public Conflict {
		base = List.copyOf(base);
		theirs = List.copyOf(theirs);
		mine = List.copyOf(mine);
	}
}
