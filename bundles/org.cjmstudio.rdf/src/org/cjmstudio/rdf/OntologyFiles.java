package org.cjmstudio.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The published files this bundle ships in {@code ontology/}: the ontology ({@code cjm.ttl}), the SHACL shapes
 * ({@code cjm-shapes.ttl}) and the JSON-LD context ({@code cjm-context.jsonld}).
 */
public final class OntologyFiles {

	public static final String ONTOLOGY = "cjm.ttl";
	public static final String SHAPES = "cjm-shapes.ttl";
	public static final String JSON_LD_CONTEXT = "cjm-context.jsonld";
	/** The ontology's alignment to UJG 2026.06 (skos:closeMatch only); not read by the export. */
	public static final String UJG_ALIGNMENT = "cjm-ujg.ttl";

	private OntologyFiles() {
	}

	/** Opens a shipped file by name, e.g. {@link #ONTOLOGY}. */
	public static InputStream open(String name) throws IOException {
		String path = "ontology/" + name;
		Bundle bundle = FrameworkUtil.getBundle(OntologyFiles.class);
		// A bundle entry, not a class-path resource: Tycho's test runtime puts only target/classes on the bundle's
		// class path. Outside OSGi the packaged jar (which holds ontology/) is on the class path.
		URL entry = bundle != null ? bundle.getEntry(path) : OntologyFiles.class.getClassLoader().getResource(path);
		if (entry == null) {
			throw new IOException(path + " is missing from the " + OntologyFiles.class.getPackageName() + " bundle");
		}
		return entry.openStream();
	}
}
