package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report about a broken file into a {@link MapFileException} with a position. */
final class LoadProblems {

	private LoadProblems() {
	}

	static MapFileException describe(Path file, IOException failure) {
		Throwable cause = failure instanceof Resource.IOWrappedException && failure.getCause() != null
				? failure.getCause()
				: failure;
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return describe(file, diagnostic);
		}
		if (cause instanceof SAXParseException parse) {
			return new MapFileException(file, parse.getLineNumber(), parse.getColumnNumber(),
					"the file is not well-formed XML (" + parse.getMessage() + "). It may be truncated or damaged.",
					failure);
		}
		return new MapFileException(file, 0, 0, "it could not be read (" + cause.getMessage() + ").", failure);
	}

	static MapFileException describe(Path file, Resource.Diagnostic diagnostic) {
		Throwable cause = diagnostic instanceof Throwable throwable ? throwable : null;
		if (cause != null && cause.getCause() instanceof SAXParseException parse) {
			return new MapFileException(file, parse.getLineNumber(), parse.getColumnNumber(),
					"the file is not well-formed XML (" + parse.getMessage() + "). It may be truncated or damaged.",
					cause);
		}
		return new MapFileException(file, diagnostic.getLine(), diagnostic.getColumn(),
				"the content does not match the journey-map format (" + diagnostic.getMessage() + ").", cause);
	}
}
