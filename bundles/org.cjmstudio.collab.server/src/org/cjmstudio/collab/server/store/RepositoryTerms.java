package org.cjmstudio.collab.server.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How the repository keeps its own records in the TDB2 dataset, beside the maps' graphs: the registry graph holds
 * each map's head, version, title and access; each map's log graph holds one resource per accepted patch. The
 * SPARQL endpoint shows only the maps' graphs, never these.
 */
final class RepositoryTerms {

	static final String NS = "https://w3id.org/cjmstudio/repository#";
	static final Node REGISTRY = uri("urn:cjmstudio:repository");
	static final Node MAP = uri(NS + "TeamMap");
	static final Node HEAD = uri(NS + "head");
	static final Node VERSION = uri(NS + "version");
	static final Node TITLE = uri(NS + "title");
	static final Node OWNER = uri(NS + "owner");
	static final Node READER = uri(NS + "reader");
	static final Node WRITER = uri(NS + "writer");
	static final Node PATCH_ID = uri(NS + "patchId");
	static final Node AUTHOR = uri(NS + "author");
	static final Node TIME = uri(NS + "time");
	static final Node SUMMARY = uri(NS + "summary");
	static final Node PATCH = uri(NS + "patch");

	private RepositoryTerms() {
	}

	static Node logGraph(String mapId) {
		return uri("urn:cjmstudio:log:" + mapId);
	}

	static Node logEntry(String mapId, long version) {
		return uri("urn:cjmstudio:log:" + mapId + "#" + version);
	}

	static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}
}
