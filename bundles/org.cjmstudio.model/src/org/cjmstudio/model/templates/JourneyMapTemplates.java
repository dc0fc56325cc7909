package org.cjmstudio.model.templates;

import java.util.Date;

import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.ids.ElementIds;

/**
 * Creates new maps: from the standard six-stage template, or empty. Both come with the standard channel vocabulary,
 * because touchpoints need channels to point at from the first card on. Every element gets its id here.
 */
public final class JourneyMapTemplates {

	private JourneyMapTemplates() {
	}

	/** A draft map with the six standard stages (need ... loyalty or churn) and the standard channels. */
	public static JourneyMap newStandardMap(String title) {
		JourneyMap map = newEmptyMap(title);
		for (StandardStage standard : StandardStage.values()) {
			map.getStages().add(newStage(standard));
		}
		ElementIds.assignMissing(map);
		return map;
	}

	/** A draft map with no stages yet, for teams that lay out their own journey. */
	public static JourneyMap newEmptyMap(String title) {
		JourneyMap map = CjmFactory.eINSTANCE.createJourneyMap();
		map.setTitle(title);
		map.setStatus(MapStatus.DRAFT);
		Date now = new Date();
		map.setCreated(now);
		map.setModified(now);
		for (StandardChannel standard : StandardChannel.values()) {
			map.getChannels().add(newChannel(standard));
		}
		ElementIds.assignMissing(map);
		return map;
	}

	public static Stage newStage(StandardStage standard) {
		Stage stage = CjmFactory.eINSTANCE.createStage();
		stage.setName(standard.label());
		stage.setKind(standard.kind());
		stage.setPhase(standard.phase());
		stage.setDescription(standard.description());
		ElementIds.assignMissing(stage);
		return stage;
	}

	public static Channel newChannel(StandardChannel standard) {
		Channel channel = CjmFactory.eINSTANCE.createChannel();
		channel.setName(standard.label());
		channel.setCategory(standard.category());
		channel.setOnline(standard.isOnline());
		ElementIds.assignMissing(channel);
		return channel;
	}
}
