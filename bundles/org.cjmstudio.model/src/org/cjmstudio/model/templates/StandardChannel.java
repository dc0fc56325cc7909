package org.cjmstudio.model.templates;

import org.cjmstudio.model.ChannelCategory;

/**
 * The channel vocabulary every new map starts with: one channel per category, named as CX teams name them, marked
 * online or offline. Teams add their own channels to a map's vocabulary beside these.
 */
public enum StandardChannel {

	WEBSITE("Website", ChannelCategory.WEBSITE, true),
	SOCIAL_NETWORK("Social network", ChannelCategory.SOCIAL_NETWORK, true),
	SEARCH_ADS("Search and online ads", ChannelCategory.SEARCH_ADS, true),
	EMAIL("Email", ChannelCategory.EMAIL, true),
	CHAT("Chat bot / online consultant", ChannelCategory.CHAT, true),
	MOBILE_APP("Mobile app", ChannelCategory.MOBILE_APP, true),
	REVIEWS_MARKETPLACE("Reviews and marketplaces", ChannelCategory.REVIEWS_MARKETPLACE, true),
	PHYSICAL_STORE("Physical store / office", ChannelCategory.PHYSICAL_STORE, false),
	SALES_REP("Sales representative", ChannelCategory.SALES_REP, false),
	PHONE_CALL("Phone call", ChannelCategory.PHONE_CALL, false),
	PACKAGING("Packaging", ChannelCategory.PACKAGING, false),
	PRINTED_MATERIAL("Printed material", ChannelCategory.PRINTED_MATERIAL, false),
	OUTDOOR_ADS("Outdoor ads", ChannelCategory.OUTDOOR_ADS, false),
	EVENTS("Events and exhibitions", ChannelCategory.EVENTS, false);

	private final String label;
	private final ChannelCategory category;
	private final boolean online;

	StandardChannel(String label, ChannelCategory category, boolean online) {
		this.label = label;
		this.category = category;
		this.online = online;
	}

	public String label() {
		return label;
	}

	public ChannelCategory category() {
		return category;
	}

	public boolean isOnline() {
		return online;
	}
}
