package org.cjmstudio.rdf.ui.query;

import java.util.List;

/**
 * What a query answered, as text ready for a table: one column per variable, one row per solution; and for each row
 * the id of the first map element it names (null when none), so a double click can show that card.
 */
public record QueryResults(List<String> variables, List<List<String>> rows, List<String> elements) {

	public QueryResults {
		variables = List.copyOf(variables);
		rows = List.copyOf(rows);
		elements = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(elements));
	}

	/** An answer that names no elements (ASK). */
	public QueryResults(List<String> variables, List<List<String>> rows) {
		this(variables, rows, java.util.Collections.nCopies(rows.size(), null));
	}

	/** The id of the element row {@code index} names first, or null. */
	public String elementOf(int index) {
		return index >= 0 && index < elements.size() ? elements.get(index) : null;
	}
}
