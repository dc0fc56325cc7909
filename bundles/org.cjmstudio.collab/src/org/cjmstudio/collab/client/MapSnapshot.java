package org.cjmstudio.collab.client;

import org.apache.jena.graph.Graph;

/** A map's graph as the server had it at {@code version}, whose last patch is {@code head}. */
public record MapSnapshot(Graph graph, long version, String head) {
}
