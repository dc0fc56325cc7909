package org.cjmstudio.rdf.mapping;

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
 * the element's {@code id}, so the same element keeps the same IRI in every export and import gives the id back.
 * A map's named graph (TriG) is {@code <map IRI>/graph}; the order of a many-valued reference is kept in an
 * {@code rdf:Seq} at {@code <element IRI>/<feature>}; the research work behind a study or an interview is the
 * {@code prov:Activity} {@code <element IRI>/activity}, a map's owner the agent {@code <map IRI>/owner} and its
 * channels the concept scheme {@code <map IRI>/channel-scheme}.
 */
public final class ElementIris {

	private ElementIris() {
	}

	public static Node of(Identifiable element) {
		return NodeFactory.createURI(CJM.ID_NS + element.getId());
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
