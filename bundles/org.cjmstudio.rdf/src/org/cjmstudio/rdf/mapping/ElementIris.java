package org.cjmstudio.rdf.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The IRI scheme of exported maps. Every element is {@code https://w3id.org/cjmstudio/id/<uuid>}, its UUID being
 * the element's {@code id}, so the same element keeps the same IRI in every export and import gives the id back; an
 * element imported from a file that named it with an IRI of its own keeps that IRI in published files
 * ({@link #published}).
 * A map's named graph (TriG) is {@code <map IRI>/graph}; the order of a many-valued reference is kept in an
 * {@code rdf:Seq} at {@code <element IRI>/<feature>}; the research work behind a study or an interview is the
 * {@code prov:Activity} {@code <element IRI>/activity}, a map's owner the agent {@code <map IRI>/owner} and its
 * channels the concept scheme {@code <map IRI>/channel-scheme}.
 */
public final class ElementIris {

	private ElementIris() {
	}

	/** The element's IRI by its id, {@code id:<uuid>}: what the team repository and the SPARQL view name it by. */
	public static Node of(Identifiable element) {
		return NodeFactory.createURI(CJM.ID_NS + element.getId());
	}

	/**
	 * The IRI a published file names the element by: the IRI kept from the file it was imported from, if any and if
	 * it is an absolute IRI, else {@link #of its id's}.
	 */
	public static Node published(Identifiable element) {
		String kept = element.getIri();
		return isAbsoluteIri(kept) ? NodeFactory.createURI(kept) : of(element);
	}

	/** Whether {@code text} is an absolute IRI ({@code https://data.example.org/journeys/renew}), no blank node. */
	public static boolean isAbsoluteIri(String text) {
		if (text == null || text.isBlank() || text.startsWith("_:")) {
			return false;
		}
		try {
			return new URI(text).isAbsolute();
		} catch (URISyntaxException notAnIri) {
			return false;
		}
	}

	public static Node graphOf(Identifiable map) {
		return graphOf(map.getId());
	}

	/** The named graph of the map with this id (also the map's graph in the team repository). */
	public static Node graphOf(String mapId) {
		return NodeFactory.createURI(CJM.ID_NS + mapId + "/graph");
	}

	public static Node sequenceOf(Node element, EStructuralFeature feature) {
		return NodeFactory.createURI(element.getURI() + "/" + FeatureTerms.localName(feature));
	}

	/** The research work that produced a study or an interview (the element itself is the record). */
	public static Node activityOf(Node record) {
		return NodeFactory.createURI(record.getURI() + "/activity");
	}

	/** The SKOS concept scheme of a map's own channels. */
	public static Node channelSchemeOf(Node map) {
		return NodeFactory.createURI(map.getURI() + "/channel-scheme");
	}

	/** The agent standing for a map's owner. */
	public static Node ownerOf(Node map) {
		return NodeFactory.createURI(map.getURI() + "/owner");
	}

	/**
	 * The UUID inside one of our IRIs, or empty for IRIs minted elsewhere. Only the canonical form counts (as
	 * {@link UUID#toString()} writes it): {@code UUID.fromString} also takes upper case and short groups, so two
	 * different IRIs would otherwise give one element id.
	 */
	public static Optional<String> idOf(String iri) {
		if (!iri.startsWith(CJM.ID_NS)) {
			return Optional.empty();
		}
		String rest = iri.substring(CJM.ID_NS.length());
		try {
			return rest.equals(UUID.fromString(rest).toString()) ? Optional.of(rest) : Optional.empty();
		} catch (IllegalArgumentException notAUuid) {
			return Optional.empty();
		}
	}

	/** A stable id for an element described under a foreign IRI: the same IRI always gives the same UUID. */
	public static String idFor(String iri) {
		return idOf(iri).orElseGet(() -> UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString());
	}
}
