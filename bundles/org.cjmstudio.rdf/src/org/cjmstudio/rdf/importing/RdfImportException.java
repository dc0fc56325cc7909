package org.cjmstudio.rdf.importing;

/** The RDF holds no importable map, or a map lacks data it cannot exist without; the message says which. */
public final class RdfImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public RdfImportException(String message) {
		super(message);
	}

	public RdfImportException(String message, Throwable cause) {
		super(message, cause);
	}

	private boolean mapIncomplete;

	/** The file was read, but a map in it lacks what it cannot exist without (its title, an IRI). */
	static RdfImportException mapIncomplete(String message) {
		RdfImportException refused = new RdfImportException(message);
		refused.mapIncomplete = true;
		return refused;
	}

	/** Whether the data is at fault rather than the file: it was read, but a map in it is incomplete. */
	public boolean isMapIncomplete() {
		return mapIncomplete;
	}
}
