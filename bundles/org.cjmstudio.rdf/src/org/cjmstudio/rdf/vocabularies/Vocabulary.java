package org.cjmstudio.rdf.vocabularies;

import org.apache.jena.graph.Graph;

/**
 * A vocabulary contributed to {@code org.cjmstudio.rdf.vocabularies}: the statements of its Turtle file (SKOS concept
 * schemes such as a company's channel taxonomy), read once, never changed.
 */
public record Vocabulary(String id, String name, String plugin, String file, int order, Graph graph) {
}
