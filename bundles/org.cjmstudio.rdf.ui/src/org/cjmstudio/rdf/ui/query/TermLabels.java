package org.cjmstudio.rdf.ui.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.rdf.OntologyFiles;

/**
 * The names the CJM Studio ontology gives its terms, as a reader of a results table wants them: "High" for
 * {@code cjm:Severity_HIGH}, "As-is" for {@code cjm:EmotionState_AS_IS}. Read once from the shipped ontology.
 */
final class TermLabels {

	private static final Map<String, String> LABELS = load();

	private TermLabels() {
	}

	/** The term's label with a capital letter, or null for a term the ontology does not name. */
	static String of(String iri) {
		return LABELS.get(iri);
	}

	private static Map<String, String> load() {
		Model ontology = ModelFactory.createDefaultModel();
		try (InputStream in = OntologyFiles.open(OntologyFiles.ONTOLOGY)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the shipped ontology", e);
		}
		Map<String, String> labels = new HashMap<>();
		for (var property : new org.apache.jena.rdf.model.Property[] { RDFS.label, SKOS.prefLabel }) {
			ontology.listStatements(null, property, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(
					(Statement statement) -> {
						if (statement.getSubject().isURIResource() && statement.getObject().isLiteral()) {
							String label = statement.getString();
							labels.put(statement.getSubject().getURI(),
									label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1));
						}
					});
		}
		return Map.copyOf(labels);
	}
}
