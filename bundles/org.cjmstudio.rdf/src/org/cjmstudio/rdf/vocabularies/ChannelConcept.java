package org.cjmstudio.rdf.vocabularies;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.ids.ElementIds;

/**
 * A channel a vocabulary names: a SKOS concept of one of its schemes, with the standard category it is narrower
 * than ({@code skos:broadMatch cjm:ChannelCategory_...}, its own or its broader concept's; OTHER when none) and
 * whether that category is online.
 */
public record ChannelConcept(String iri, String label, String scheme, ChannelCategory category, boolean online,
		Vocabulary vocabulary) {

	/**
	 * A new channel for a map's vocabulary: the concept's label, category and online flag, and an exact-match link
	 * to the concept, so the map keeps where the channel comes from (and the RDF export says so) even where the
	 * plugin is not installed.
	 */
	public Channel toChannel() {
		Channel channel = CjmFactory.eINSTANCE.createChannel();
		channel.setName(label);
		channel.setCategory(category);
		channel.setOnline(online);
		ExternalLink link = CjmFactory.eINSTANCE.createExternalLink();
		link.setTarget(iri);
		link.setKind(LinkKind.EXACT_MATCH);
		link.setLabel(scheme);
		channel.getExternalLinks().add(link);
		ElementIds.assignMissing(channel);
		return channel;
	}

	/** True if {@code channel} was made from this concept (it links to it). */
	public boolean isSourceOf(Channel channel) {
		return channel.getExternalLinks().stream().anyMatch(link -> iri.equals(link.getTarget()));
	}
}
