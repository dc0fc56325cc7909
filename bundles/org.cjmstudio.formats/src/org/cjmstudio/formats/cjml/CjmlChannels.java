package org.cjmstudio.formats.cjml;

import java.util.Locale;
import java.util.Map;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;

/**
 * CJML names a channel in free text ({@code channelName}); the names its tools write (CJMLExcel's interaction
 * mapper) give a category and whether the channel is online. Any other name becomes a channel of category
 * "other", offline. A channel is found in the map by its name, ignoring case, or added to the map's vocabulary.
 */
final class CjmlChannels {

	private record Kind(ChannelCategory category, boolean online) {
	}

	private static final Map<String, Kind> KNOWN = Map.ofEntries(
			Map.entry("sms", new Kind(ChannelCategory.MOBILE_APP, true)),
			Map.entry("facetoface", new Kind(ChannelCategory.PHYSICAL_STORE, false)),
			Map.entry("internetviapc", new Kind(ChannelCategory.WEBSITE, true)),
			Map.entry("web", new Kind(ChannelCategory.WEBSITE, true)),
			Map.entry("email", new Kind(ChannelCategory.EMAIL, true)),
			Map.entry("phone", new Kind(ChannelCategory.PHONE_CALL, false)),
			Map.entry("chat", new Kind(ChannelCategory.CHAT, true)),
			Map.entry("letter", new Kind(ChannelCategory.PRINTED_MATERIAL, false)),
			Map.entry("selfservicemachine", new Kind(ChannelCategory.OTHER, false)),
			Map.entry("apponpc", new Kind(ChannelCategory.MOBILE_APP, true)),
			Map.entry("apponsmartphone", new Kind(ChannelCategory.MOBILE_APP, true)),
			Map.entry("appontablet", new Kind(ChannelCategory.MOBILE_APP, true)),
			Map.entry("servicedesk", new Kind(ChannelCategory.PHYSICAL_STORE, false)),
			Map.entry("shopcounter", new Kind(ChannelCategory.PHYSICAL_STORE, false)));

	private CjmlChannels() {
	}

	static Channel named(JourneyMap map, String name) {
		for (Channel channel : map.getChannels()) {
			if (channel.getName() != null && channel.getName().equalsIgnoreCase(name)) {
				return channel;
			}
		}
		Kind kind = KNOWN.getOrDefault(name.toLowerCase(Locale.ROOT), new Kind(ChannelCategory.OTHER, false));
		Channel channel = CjmFactory.eINSTANCE.createChannel();
		channel.setName(name);
		channel.setCategory(kind.category());
		channel.setOnline(kind.online());
		map.getChannels().add(channel);
		return channel;
	}
}
