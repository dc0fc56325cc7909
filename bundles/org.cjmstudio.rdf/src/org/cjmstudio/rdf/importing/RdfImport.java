package org.cjmstudio.rdf.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.jsonld.PublishedContext;
import org.cjmstudio.rdf.jsonld.RemoteContexts;

/**
 * Reads journey maps from RDF written by CJM Studio or by hand against the CJM Studio ontology. It never writes
 * files: the caller saves the maps it accepts with {@code MapFiles.save}, which writes atomically. Import needs the
 * whole graph in memory, because statements about an element may come in any order.
 */
public final class RdfImport {

	private RdfImport() {
	}

	/**
	 * Reads every map in the input, in title order.
	 *
	 * @throws RdfImportException when the input is not valid RDF in that format, holds no {@code cjm:JourneyMap},
	 *                            or a map lacks its title
	 */
	public static ImportResult read(InputStream in, RdfFormat format) throws RdfImportException {
		return read(in, format, RemoteContexts.REFUSE);
	}

	/** Like {@link #read(InputStream, RdfFormat)}; {@code remote} says whether JSON-LD contexts on the web are read. */
	public static ImportResult read(InputStream in, RdfFormat format, RemoteContexts remote)
			throws RdfImportException {
		DatasetGraph dataset = parse(in, format, remote);
		// Maps may come in named graphs (TriG) or the default graph; the element IRIs tie them together.
		Graph all = GraphFactory.createDefaultGraph();
		dataset.find().forEachRemaining(quad -> all.add(quad.asTriple()));
		return read(all);
	}

	/** Reads every map in a graph already in memory (a team map as the repository serves it), in title order. */
	public static ImportResult read(Graph graph) throws RdfImportException {
		ImportReport report = new ImportReport();
		return new ImportResult(new RdfToMap(graph, report).maps(), report);
	}

	/** Reads every map in an RDF file, in title order; see {@link #read(InputStream, RdfFormat)}. */
	public static ImportResult read(Path file, RdfFormat format) throws RdfImportException, IOException {
		return read(file, format, RemoteContexts.REFUSE);
	}

	/** Reads every map in an RDF file; see {@link #read(InputStream, RdfFormat, RemoteContexts)}. */
	public static ImportResult read(Path file, RdfFormat format, RemoteContexts remote)
			throws RdfImportException, IOException {
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			// A FIFO would block the import forever, a device never end.
			throw new RdfImportException("it is not a regular file (a folder, FIFO or device); RDF comes in files");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, format, remote);
		}
	}

	/**
	 * Parses RDF as it is, without building maps. JSON-LD that names the CJM Studio context gets the shipped copy of
	 * it, so our own exports read back without a network; any other context is refused.
	 *
	 * @throws RdfImportException when the input is not valid RDF in that format
	 */
	public static DatasetGraph parse(InputStream in, RdfFormat format) throws RdfImportException {
		return parse(in, format, RemoteContexts.REFUSE);
	}

	/** Like {@link #parse(InputStream, RdfFormat)}; {@code remote} says whether contexts on the web are read. */
	public static DatasetGraph parse(InputStream in, RdfFormat format, RemoteContexts remote)
			throws RdfImportException {
		if (format == RdfFormat.RDF_XML) {
			BufferedInputStream buffered = new BufferedInputStream(in);
			refuseDoctype(buffered);
			in = buffered;
		}
		DatasetGraph dataset = DatasetGraphFactory.create();
		Context context = Context.create();
		context.set(LangJSONLD11.JSONLD_OPTIONS, PublishedContext.options(remote));
		try {
			RDFParser.source(in).lang(format.lang()).context(context).errorHandler(new ParseErrors()).parse(dataset);
		} catch (RiotException e) {
			throw new RdfImportException("Not valid " + format.lang().getLabel() + ": " + e.getMessage(), e);
		} catch (StackOverflowError tooDeep) {
			// The parsers (JSON-LD's above all) descend once per nesting level; no map nests more than a few.
			throw new RdfImportException("Not readable " + format.lang().getLabel() + ": it nests deeper than a "
					+ "reader can follow (thousands of levels); no journey map does");
		} catch (RuntimeException unexpected) {
			// A reader may fail in its own way (a JSON parser's exception, say): still a file that cannot be read.
			throw new RdfImportException("Not readable " + format.lang().getLabel() + ": " + unexpected.getMessage(),
					unexpected);
		}
		return dataset;
	}

	private static void refuseDoctype(BufferedInputStream in) throws RdfImportException {
		try {
			if (XmlDoctype.declared(in)) {
				throw new RdfImportException("it declares a DOCTYPE, which journey-map RDF/XML never needs: CJM Studio "
						+ "does not read one, because its entities can pull other files or the network into the map");
			}
		} catch (IOException unreadable) {
			throw new RdfImportException("it could not be read: " + unreadable.getMessage(), unreadable);
		}
	}
}
