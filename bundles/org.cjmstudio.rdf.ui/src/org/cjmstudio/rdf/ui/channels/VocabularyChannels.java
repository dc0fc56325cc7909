package org.cjmstudio.rdf.ui.channels;

import java.util.List;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.vocabularies.ChannelConcept;
import org.cjmstudio.rdf.vocabularies.InstalledVocabularies;

/**
 * The channels of the installed vocabularies a map can still take: none it was given from the same concept, and
 * none it already has under the same name and category (a new map's "Website" is the standard "Website").
 */
final class VocabularyChannels {

	private VocabularyChannels() {
	}

	static List<ChannelConcept> missingFrom(JourneyMap map) {
		return InstalledVocabularies.read().channels().stream()
				.filter(concept -> map.getChannels().stream().noneMatch(channel -> same(concept, channel))).toList();
	}

	private static boolean same(ChannelConcept concept, Channel channel) {
		return concept.isSourceOf(channel) || concept.label().equalsIgnoreCase(channel.getName())
				&& concept.category() == channel.getCategory();
	}

	/** How the dialog lists a concept: "Self-checkout — Acme retail channels (physical store, offline)". */
	static String label(ChannelConcept concept) {
		return concept.label() + " \u2014 " + concept.scheme() + " (" + concept.category().getLiteral().toLowerCase()
				.replace('_', ' ') + ", " + (concept.online() ? "online" : "offline") + ")";
	}
}
