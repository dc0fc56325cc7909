package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
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
			return describe(file, parse, failure);
		}
		return new MapFileException(file, 0, 0, "it could not be read (" + cause.getMessage() + ").", failure);
	}

	static MapFileException describe(Path file, Resource.Diagnostic diagnostic) {
		Throwable cause = diagnostic instanceof Throwable throwable ? throwable : null;
		if (cause != null && cause.getCause() instanceof SAXParseException parse) {
			return describe(file, parse, cause);
		}
		if (cause instanceof IllegalValueException illegal && illegal.getCause() != null
				&& illegal.getCause().getMessage() != null) {
			// EMF's own words ("Value 'x' is not legal.") hide the reason our readers give, e.g. StrictDates'.
			return new MapFileException(file, diagnostic.getLine(), diagnostic.getColumn(), "the value of '"
					+ illegal.getFeature().getName() + "' is wrong: " + illegal.getCause().getMessage() + ".", cause);
		}
		return new MapFileException(file, diagnostic.getLine(), diagnostic.getColumn(),
				"the content does not match the journey-map format (" + diagnostic.getMessage() + ").", cause);
	}

	private static MapFileException describe(Path file, SAXParseException parse, Throwable cause) {
		String message = String.valueOf(parse.getMessage());
		// MapFiles turns DOCTYPE declarations off; the parser's words for it name a Xerces feature, not the reason.
		String why = message.contains("DOCTYPE")
				? "it declares a DOCTYPE, which map files never do; CJM Studio does not read one, because its entities "
						+ "can pull other files or the network into the map."
				: "the file is not well-formed XML (" + message + "). It may be truncated or damaged.";
		return new MapFileException(file, parse.getLineNumber(), parse.getColumnNumber(), why, cause);
	}
}
