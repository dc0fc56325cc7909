package org.cjmstudio.rdf.ui.query;

import java.util.List;

/** What a query answered, as text ready for a table: one column per variable, one row per solution. */
public record QueryResults(List<String> variables, List<List<String>> rows) {

	public QueryResults {
		variables = List.copyOf(variables);
		rows = List.copyOf(rows);
	}
}
