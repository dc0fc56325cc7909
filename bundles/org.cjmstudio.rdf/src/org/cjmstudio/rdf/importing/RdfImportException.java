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
}
