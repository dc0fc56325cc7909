package org.cjmstudio.rdf.jsonld;

/**
 * What an import may fetch when a JSON-LD file names a context other than CJM Studio's own (which is always read
 * from the shipped copy). A file must not make the workbench read a local file or reach the network on its own: a
 * {@code file:} context is never read, a web one only when the user said so.
 */
public enum RemoteContexts {

	/** Only the shipped CJM Studio context; any other is refused, naming it. */
	REFUSE,

	/** Also contexts on the web ({@code http:}, {@code https:}), as the user allowed; never {@code file:}. */
	FETCH_FROM_WEB
}
