package org.cjmstudio.rdf.vocabularies;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The vocabularies installed in this workbench or command line: those contributed to
 * {@code org.cjmstudio.rdf.vocabularies} (CJM Studio's standard channels and every plugin's, e.g. a company's
 * channel taxonomy), in their order. Without an extension registry (a plain Java program) only CJM Studio's own.
 */
public final class InstalledVocabularies {

	/** The bundle that contributes the standard channels, as plugin.xml contributions are named. */
	static final String OWN_PLUGIN = "org.cjmstudio.rdf";

	static final String STANDARD_CHANNELS_FILE = "vocabularies/standard-channels.ttl";

	/** The order of a contribution that states none: after CJM Studio's standard channels (10). */
	public static final int DEFAULT_ORDER = 500;

	/** Lower order first; equal orders by name, then id. */
	static final Comparator<Vocabulary> ORDER = Comparator.comparingInt(Vocabulary::order)
			.thenComparing(Vocabulary::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Vocabulary::id);

	private final List<Vocabulary> vocabularies;

	private InstalledVocabularies(List<Vocabulary> vocabularies) {
		this.vocabularies = List.copyOf(vocabularies);
	}

	/**
	 * The installed vocabularies. Files are parsed once per set of contributions, not on every export; a plugin
	 * installed or removed since the last call changes the set, so it shows up (or goes) on the next call.
	 */
	public static InstalledVocabularies read() {
		try {
			List<Vocabulary> contributed = ContributedVocabularies.read();
			if (contributed != null) {
				return new InstalledVocabularies(contributed);
			}
		} catch (NoClassDefFoundError noRegistry) {
			// the registry's bundle is optional: a program without it knows CJM Studio's own vocabulary only
		}
		return standard();
	}

	/**
	 * Parses every contribution anew, as if none had been read (broken ones are logged again): for a plugin's tests,
	 * which check their vocabulary's warnings whatever read it before.
	 */
	public static InstalledVocabularies readAgain() {
		ContributedVocabularies.forget();
		return read();
	}

	/** CJM Studio's own vocabulary alone, the one this bundle's plugin.xml contributes. */
	public static InstalledVocabularies standard() {
		try (InputStream in = open(STANDARD_CHANNELS_FILE)) {
			return new InstalledVocabularies(List.of(new Vocabulary("org.cjmstudio.vocabularies.standard-channels",
					"CJM Studio standard channels", OWN_PLUGIN, STANDARD_CHANNELS_FILE, 10, parse(in))));
		} catch (IOException e) {
			// a packaging mistake (InstalledVocabulariesTest catches it); exports and pickers still work without it
			return new InstalledVocabularies(List.of());
		}
	}

	public List<Vocabulary> all() {
		return vocabularies;
	}

	/** Every channel the vocabularies name, vocabulary by vocabulary in their order, each by label. */
	public List<ChannelConcept> channels() {
		List<ChannelConcept> channels = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Vocabulary vocabulary : vocabularies) {
			for (ChannelConcept channel : ChannelConcepts.of(vocabulary)) {
				if (seen.add(channel.iri())) {
					channels.add(channel);
				}
			}
		}
		return channels;
	}

	/** Turtle as the contributions hold it; a broken file is a {@link RiotException} with line and column. */
	static Graph parse(InputStream in) {
		Graph graph = GraphFactory.createDefaultGraph();
		// the reason goes into the exception (and from there into the plugin's warning), not into Jena's own log
		RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
				.parse(graph);
		return graph;
	}

	private static InputStream open(String path) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(InstalledVocabularies.class);
		// a bundle entry, as OntologyFiles reads the ontology: Tycho's test runtime has only classes on the class path
		URL entry = bundle != null ? bundle.getEntry(path)
				: InstalledVocabularies.class.getClassLoader().getResource(path);
		if (entry == null) {
			throw new IOException(path + " is missing");
		}
		return entry.openStream();
	}
}
