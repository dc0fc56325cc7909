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
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;

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
				return select(execution.execSelect());
			}
			if (query.isAskType()) {
				return new QueryResults(List.of("answer"), List.of(List.of(execution.execAsk() ? "yes" : "no")));
			}
			Model triples = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
			return triples(triples);
		}
	}

	private QueryResults select(ResultSet results) {
		List<String> variables = results.getResultVars();
		List<List<String>> rows = new ArrayList<>();
		while (results.hasNext()) {
			QuerySolution solution = results.next();
			rows.add(variables.stream().map(variable -> text(solution.get(variable))).toList());
		}
		return new QueryResults(variables, rows);
	}

	private QueryResults triples(Model triples) {
		List<List<String>> rows = new ArrayList<>();
		StmtIterator statements = triples.listStatements();
		try {
			while (statements.hasNext()) {
				Statement statement = statements.next();
				rows.add(List.of(text(statement.getSubject()), text(statement.getPredicate()),
						text(statement.getObject())));
			}
		} finally {
			statements.close();
		}
		return new QueryResults(List.of("subject", "predicate", "object"), rows);
	}

	/** Literals as their text, IRIs shortened with the query's own prefixes ({@code cjm:Severity_HIGH}). */
	private String text(RDFNode node) {
		if (node == null) {
			return "";
		}
		if (node.isLiteral()) {
			return node.asLiteral().getLexicalForm();
		}
		if (node.isURIResource()) {
			return query.getPrefixMapping().shortForm(node.asResource().getURI());
		}
		return "_:" + node.asResource().getId().getLabelString();
	}
}
