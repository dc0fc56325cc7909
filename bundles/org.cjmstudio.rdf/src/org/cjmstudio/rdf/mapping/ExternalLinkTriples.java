package org.cjmstudio.rdf.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.LinkKind;

/**
 * The triples other linked-data tools follow from an element's external links: the predicate is chosen by the
 * link's kind. The links themselves are also written as {@code cjm:ExternalLink} resources, so their id and label
 * survive; import reads those and ignores these derived triples.
 */
final class ExternalLinkTriples {

	private ExternalLinkTriples() {
	}

	static void writeAlignments(CjmElement element, Node subject, TripleSink sink) {
		for (ExternalLink link : element.getExternalLinks()) {
			if (link.getTarget() != null && !link.getTarget().isBlank()) {
				sink.emit(subject, predicateFor(link.getKind()), NodeFactory.createURI(link.getTarget()));
			}
		}
	}

	static Node predicateFor(LinkKind kind) {
		return switch (kind) {
		case SAME_AS -> OWL.sameAs.asNode();
		case EXACT_MATCH -> SKOS.exactMatch.asNode();
		case CLOSE_MATCH -> SKOS.closeMatch.asNode();
		case SEE_ALSO -> RDFS.seeAlso.asNode();
		};
	}
}
