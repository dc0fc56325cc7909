package org.cjmstudio.model.templates;

import java.util.Date;
import java.util.List;

import org.cjmstudio.model.BuyingCommitteeRole;
import org.cjmstudio.model.BuyingRole;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.ids.ElementIds;

/**
 * Creates new maps: from the standard six-stage template (B2C, or B2B with a buying committee), or empty. Both come with the standard channel vocabulary,
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

	/**
	 * A new draft map from {@code template}, with a first persona named {@code firstPersona} (none if blank): for
	 * B2B a business customer with a company profile and the four roles of a buying committee to fill in.
	 */
	public static JourneyMap newMap(MapTemplate template, String title, String firstPersona) {
		JourneyMap map = template == MapTemplate.BLANK ? newEmptyMap(title) : newStandardMap(title);
		if (firstPersona != null && !firstPersona.isBlank()) {
			Persona persona = CjmFactory.eINSTANCE.createPersona();
			persona.setName(firstPersona.strip());
			persona.setKind(template == MapTemplate.B2B ? PersonaKind.B2B : PersonaKind.B2C);
			if (template == MapTemplate.B2B) {
				persona.setCompany(CjmFactory.eINSTANCE.createCompanyProfile());
				for (BuyingRole role : List.of(BuyingRole.DECISION_MAKER, BuyingRole.PURCHASER,
						BuyingRole.TECHNICAL_EXPERT, BuyingRole.USER)) {
					BuyingCommitteeRole member = CjmFactory.eINSTANCE.createBuyingCommitteeRole();
					member.setRole(role);
					persona.getBuyingCommittee().add(member);
				}
			}
			map.getPersonas().add(persona);
			ElementIds.assignMissing(map);
		}
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
