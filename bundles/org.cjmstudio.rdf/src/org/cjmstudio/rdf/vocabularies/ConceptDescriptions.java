package org.cjmstudio.rdf.vocabularies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.JourneyMap;

/**
 * What the RDF export says about the vocabulary concepts the maps' channels link to: the concept's own statements
 * from its vocabulary (label, broader concept, category match) and its scheme's type and label, so a reader of the
 * export knows "Self-checkout" is a concept of "Acme retail channels" without the plugin. Concepts no installed
 * vocabulary knows are left as the bare link; import reads neither (they describe no map element). A concept or
 * scheme without an {@code rdfs:label} gets its preferred labels as labels too.
 */
public final class ConceptDescriptions {

	private ConceptDescriptions() {
	}

	public static void write(List<JourneyMap> maps, InstalledVocabularies vocabularies, StreamRDF out) {
		Set<String> linked = new LinkedHashSet<>();
		for (JourneyMap map : maps) {
			for (Channel channel : map.getChannels()) {
				for (ExternalLink link : channel.getExternalLinks()) {
					if (link.getTarget() != null && !link.getTarget().isBlank()) {
						linked.add(link.getTarget());
					}
				}
			}
		}
		if (linked.isEmpty()) {
			return;
		}
		Set<String> described = new LinkedHashSet<>();
		for (Vocabulary vocabulary : vocabularies.all()) {
			Set<Node> schemes = new LinkedHashSet<>();
			for (String iri : linked) {
				Node concept = NodeFactory.createURI(iri);
				if (vocabulary.graph().contains(concept, RDF.type.asNode(), SKOS.Concept.asNode())
						&& described.add(iri)) {
					vocabulary.graph().find(concept, Node.ANY, Node.ANY).forEach(out::triple);
					writeLabels(vocabulary.graph(), concept, out);
					vocabulary.graph().find(concept, SKOS.inScheme.asNode(), Node.ANY)
							.forEach(triple -> schemes.add(triple.getObject()));
				}
			}
			for (Node scheme : schemes) {
				vocabulary.graph().find(scheme, RDF.type.asNode(), Node.ANY).forEach(out::triple);
				vocabulary.graph().find(scheme, SKOS.prefLabel.asNode(), Node.ANY).forEach(out::triple);
				writeLabels(vocabulary.graph(), scheme, out);
			}
		}
	}

	/** Browsers that know {@code rdfs:label} but not SKOS still show a concept by its preferred label. */
	private static void writeLabels(Graph vocabulary, Node term, StreamRDF out) {
		if (!vocabulary.contains(term, RDFS.label.asNode(), Node.ANY)) {
			vocabulary.find(term, SKOS.prefLabel.asNode(), Node.ANY)
					.forEach(label -> out.triple(Triple.create(term, RDFS.label.asNode(), label.getObject())));
		}
	}
}
