package org.cjmstudio.rdf.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The PROV-O terms the CJM Studio ontology aligns evidence with (Jena has no PROV class; it has {@code SKOS},
 * {@code DCTerms}, {@code ORG} and schema.org as {@code SchemaDO}).
 */
public final class PROV {

	public static final String NS = "http://www.w3.org/ns/prov#";

	public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
	public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
	public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
	public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
	public static final Property wasQuotedFrom = ResourceFactory.createProperty(NS, "wasQuotedFrom");
	public static final Property hadPrimarySource = ResourceFactory.createProperty(NS, "hadPrimarySource");
	public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
	public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
	public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");

	private PROV() {
	}

	public static String getURI() {
		return NS;
	}
}
