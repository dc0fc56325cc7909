package org.cjmstudio.rdf.ui.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * A SPARQL query over journey maps as the CJM ontology describes them. Maps are copied into a graph first
 * ({@link org.cjmstudio.rdf.export.RdfExport#toGraph}), on the thread that owns them, so the query itself can run in the background while the
 * user keeps editing.
 */
public final class MapQuery {

	private final Query query;

	private MapQuery(Query query) {
		this.query = query;
	}

	/** @throws QueryParseException with Jena's message (line and column) when the text is not SPARQL */
	public static MapQuery parse(String text) {
		return new MapQuery(QueryFactory.create(text));
	}


	/** SELECT gives its variables; ASK one "answer" column; CONSTRUCT and DESCRIBE their triples. */
	public QueryResults runOver(Model maps) {
		try (QueryExecution execution = QueryExecution.model(maps).query(query).build()) {
			if (query.isSelectType()) {
				return select(execution.execSelect(), maps);
			}
			if (query.isAskType()) {
				return new QueryResults(List.of("answer"), List.of(List.of(execution.execAsk() ? "yes" : "no")));
			}
			Model triples = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
			return triples(triples, maps);
		}
	}

	private QueryResults select(ResultSet results, Model maps) {
		List<String> variables = results.getResultVars();
		List<List<String>> rows = new ArrayList<>();
		List<String> elements = new ArrayList<>();
		while (results.hasNext()) {
			QuerySolution solution = results.next();
			List<RDFNode> row = variables.stream().map(solution::get).toList();
			rows.add(row.stream().map(node -> text(node, maps)).toList());
			elements.add(firstElement(row));
		}
		return new QueryResults(variables, rows, elements);
	}

	private QueryResults triples(Model triples, Model maps) {
		List<List<String>> rows = new ArrayList<>();
		List<String> elements = new ArrayList<>();
		StmtIterator statements = triples.listStatements();
		try {
			while (statements.hasNext()) {
				Statement statement = statements.next();
				List<RDFNode> row = List.of(statement.getSubject(), statement.getPredicate(), statement.getObject());
				rows.add(row.stream().map(node -> text(node, maps)).toList());
				elements.add(firstElement(row));
			}
		} finally {
			statements.close();
		}
		return new QueryResults(List.of("subject", "predicate", "object"), rows, elements);
	}

	/**
	 * How a reader wants a value: literals as their text, the ontology's terms by their label ("High", not
	 * {@code cjm:Severity_HIGH}), map elements by their name or title, other IRIs shortened with the query's prefixes.
	 */
	private String text(RDFNode node, Model maps) {
		if (node == null) {
			return "";
		}
		if (node.isLiteral()) {
			return node.asLiteral().getLexicalForm();
		}
		if (node.isURIResource()) {
			String iri = node.asResource().getURI();
			String label = TermLabels.of(iri);
			if (label != null) {
				return label;
			}
			if (iri.startsWith(CJM.ID_NS)) {
				for (Property naming : List.of(CJM.name, CJM.title)) {
					Statement name = maps.getProperty(node.asResource(), naming);
					if (name != null && name.getObject().isLiteral()) {
						return name.getString();
					}
				}
			}
			return query.getPrefixMapping().shortForm(iri);
		}
		return "_:" + node.asResource().getId().getLabelString();
	}

	/** The id of the first map element among the values, or null. */
	private static String firstElement(List<RDFNode> values) {
		for (RDFNode value : values) {
			if (value != null && value.isURIResource() && value.asResource().getURI().startsWith(CJM.ID_NS)) {
				return value.asResource().getURI().substring(CJM.ID_NS.length());
			}
		}
		return null;
	}
}
