package org.cjmstudio.formats.ujg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.formats.MapImporter;

/**
 * Reads a UJG 2026.06 JSON-LD document (format {@code ujg}) as RDF, with the UJG contexts from CJM Studio's own
 * copy, and makes a map of its experience layer as {@link UjgMaps} describes. A file that is not JSON-LD, names a
 * context CJM Studio does not ship (unless the user allowed contexts from the web), or holds no UJG node is refused
 * as a whole with the reason: no map is made of it.
 */
public final class UjgImporter implements MapImporter {

	@Override
	public ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException(file.getFileName() + ": not a regular file (a folder, FIFO or device)");
		}
		DatasetGraph dataset = DatasetGraphFactory.create();
		Context context = Context.create();
		context.set(LangJSONLD11.JSONLD_OPTIONS, UjgContexts.options(mayUseNetwork));
		try (InputStream in = Files.newInputStream(file)) {
			RDFParser.source(in).lang(Lang.JSONLD11).context(context).errorHandler(STOP_ON_ERRORS).parse(dataset);
		} catch (RiotException damaged) {
			throw refused(file, "not valid JSON-LD: " + damaged.getMessage());
		} catch (StackOverflowError tooDeep) {
			throw refused(file, "it nests deeper than a reader can follow (thousands of levels)");
		} catch (RuntimeException unreadable) {
			// the JSON-LD processor fails in its own ways (a JSON parser's exception, say): still a damaged file
			throw refused(file, "not readable JSON-LD: " + unreadable.getMessage());
		}
		return UjgMaps.of(dataset.getDefaultGraph(), file);
	}

	static ImportRefusedException refused(Path file, String reason) {
		return new ImportRefusedException(file.getFileName() + ": not a UJG document: " + reason, null);
	}

	/** Errors stop the parse with their place; warnings are not logged (the import says what it left out). */
	private static final ErrorHandler STOP_ON_ERRORS = new ErrorHandler() {
		@Override
		public void warning(String message, long line, long column) {
		}

		@Override
		public void error(String message, long line, long column) {
			throw new RiotException(message);
		}

		@Override
		public void fatal(String message, long line, long column) {
			throw new RiotException(message);
		}
	};
}
