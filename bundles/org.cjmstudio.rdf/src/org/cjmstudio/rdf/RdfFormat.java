package org.cjmstudio.rdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF serialisations CJM Studio reads and writes, by the names users type ({@code cjm export --format ttl})
 * and the file extensions they expect. TriG is the one format that keeps each map in its own named graph.
 */
public enum RdfFormat {

	TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
	JSON_LD("jsonld", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
	RDF_XML("rdfxml", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
	N_TRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES),
	TRIG("trig", Lang.TRIG, RDFFormat.TRIG_PRETTY);

	private final String shortName;
	private final Lang lang;
	private final RDFFormat writerFormat;

	RdfFormat(String shortName, Lang lang, RDFFormat writerFormat) {
		this.shortName = shortName;
		this.lang = lang;
		this.writerFormat = writerFormat;
	}

	/** The name used on the command line and in dialogs, e.g. {@code ttl}. */
	public String shortName() {
		return shortName;
	}

	/** The file extension Jena and other tools recognise, without the dot. */
	public String fileExtension() {
		return lang.getFileExtensions().get(0);
	}

	public Lang lang() {
		return lang;
	}

	/** The format Jena's writers use for this one; JSON-LD is written by our own compacting writer instead. */
	public RDFFormat writerFormat() {
		return writerFormat;
	}

	/** True for formats that carry named graphs (datasets), not just one graph. */
	public boolean isDatasetFormat() {
		return this == TRIG;
	}

	/**
	 * Finds a format by its short name, its Jena name or one of its file extensions, ignoring case
	 * ({@code ttl}, {@code turtle}, {@code json-ld}, {@code rdf}, ...).
	 */
	public static Optional<RdfFormat> byName(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(format -> format.isKnownAs(wanted)).findFirst();
	}

	/** The format a file's extension names ({@code maps.ttl}, {@code maps.jsonld}); empty when it names none. */
	public static Optional<RdfFormat> ofFile(Path file) {
		Path name = file.getFileName();
		String text = name == null ? "" : name.toString();
		int dot = text.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : byName(text.substring(dot + 1));
	}

	/** Lists the short names, for error messages such as "unknown format 'x' (use one of: ...)". */
	public static String shortNames() {
		return Arrays.stream(values()).map(RdfFormat::shortName).collect(Collectors.joining(", "));
	}

	private boolean isKnownAs(String wanted) {
		return shortName.equals(wanted)
				|| lang.getName().equalsIgnoreCase(wanted)
				|| lang.getAltNames().stream().anyMatch(wanted::equalsIgnoreCase)
				|| lang.getFileExtensions().stream().anyMatch(wanted::equalsIgnoreCase);
	}
}
