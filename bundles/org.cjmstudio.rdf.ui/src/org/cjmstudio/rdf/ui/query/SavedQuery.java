package org.cjmstudio.rdf.ui.query;

/**
 * A saved SPARQL query as the SPARQL view offers it: contributed to {@code org.cjmstudio.queries} by CJM Studio (the
 * {@code queries/} folder of this bundle) or a plugin, whose {@code .rq} file is {@code fileName} in that plugin.
 */
public record SavedQuery(String id, String name, String description, String plugin, String fileName, String text,
		int order) {

	/** What the view's tool tip says about the query: its description and where it comes from. */
	public String about() {
		String from = "Saved query of " + plugin + " (" + fileName + ")";
		return description == null || description.isBlank() ? from : description + "\n" + from;
	}
}
