package org.cjmstudio.rdf.vocabularies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.templates.StandardChannel;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * The channels a vocabulary names: every concept of its SKOS concept schemes ({@code skos:inScheme} or
 * {@code skos:topConceptOf}), labelled by its {@code skos:prefLabel} (English or untagged first). Its category is the
 * ontology's {@code cjm:ChannelCategory_...} it or its nearest broader concept matches ({@code skos:broadMatch},
 * {@code skos:exactMatch} or {@code skos:closeMatch}), so "Self-checkout" under "In-store" is a physical-store
 * channel; online is the category's, as for the standard channels.
 */
final class ChannelConcepts {

	private static final String CATEGORY_PREFIX = CJM.NS + "ChannelCategory_";

	private ChannelConcepts() {
	}

	static List<ChannelConcept> of(Vocabulary vocabulary) {
		Graph graph = vocabulary.graph();
		List<ChannelConcept> channels = new ArrayList<>();
		for (Node scheme : subjects(graph, RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
			String schemeLabel = label(graph, scheme);
			Set<Node> concepts = new LinkedHashSet<>(subjects(graph, SKOS.inScheme.asNode(), scheme));
			concepts.addAll(subjects(graph, SKOS.topConceptOf.asNode(), scheme));
			List<ChannelConcept> ofScheme = new ArrayList<>();
			for (Node concept : concepts) {
				if (concept.isURI()) {
					ChannelCategory category = category(graph, concept, new HashSet<>());
					ofScheme.add(new ChannelConcept(concept.getURI(), label(graph, concept), schemeLabel, category,
							online(category), vocabulary));
				}
			}
			ofScheme.sort(Comparator.comparing(ChannelConcept::label, String.CASE_INSENSITIVE_ORDER));
			channels.addAll(ofScheme);
		}
		return channels;
	}

	private static ChannelCategory category(Graph graph, Node concept, Set<Node> visited) {
		if (!visited.add(concept)) {
			return ChannelCategory.OTHER; // a broader cycle: a careless file must not loop
		}
		for (Node match : List.of(SKOS.broadMatch.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
			for (Node target : objects(graph, concept, match)) {
				if (target.isURI() && target.getURI().startsWith(CATEGORY_PREFIX)) {
					ChannelCategory category = ChannelCategory.get(target.getURI().substring(CATEGORY_PREFIX.length()));
					if (category != null) {
						return category;
					}
				}
			}
		}
		for (Node broader : objects(graph, concept, SKOS.broader.asNode())) {
			ChannelCategory category = category(graph, broader, visited);
			if (category != ChannelCategory.OTHER) {
				return category;
			}
		}
		return ChannelCategory.OTHER;
	}

	private static boolean online(ChannelCategory category) {
		for (StandardChannel standard : StandardChannel.values()) {
			if (standard.category() == category) {
				return standard.isOnline();
			}
		}
		return false;
	}

	/** The English or untagged prefLabel, else any prefLabel, else the IRI's last segment. */
	private static String label(Graph graph, Node subject) {
		String any = null;
		for (Node label : objects(graph, subject, SKOS.prefLabel.asNode())) {
			if (label.isLiteral()) {
				String language = label.getLiteralLanguage();
				if (language.isEmpty() || language.toLowerCase().startsWith("en")) {
					return label.getLiteralLexicalForm();
				}
				any = any == null ? label.getLiteralLexicalForm() : any;
			}
		}
		if (any != null) {
			return any;
		}
		String iri = subject.isURI() ? subject.getURI() : subject.toString();
		return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
	}

	private static List<Node> subjects(Graph graph, Node predicate, Node object) {
		return graph.find(Node.ANY, predicate, object).mapWith(Triple::getSubject).toList();
	}

	private static List<Node> objects(Graph graph, Node subject, Node predicate) {
		return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
	}
}
