package org.cjmstudio.rdf.importing;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * How the import hears from Jena's parsers: an error stops the parse with its place in the file; a warning (a bad
 * lexical form, a Unicode non-character) is not logged in Jena's words, because the import reports what it means for
 * the map itself, where the value is read.
 */
final class ParseErrors implements ErrorHandler {

	@Override
	public void warning(String message, long line, long column) {
		// reported where the value is read, as an import finding
	}

	@Override
	public void error(String message, long line, long column) {
		throw new RiotException(place(line, column) + message);
	}

	@Override
	public void fatal(String message, long line, long column) {
		throw new RiotException(place(line, column) + message);
	}

	private static String place(long line, long column) {
		return line < 0 ? "" : "[line " + line + (column < 0 ? "" : ", column " + column) + "] ";
	}
}
