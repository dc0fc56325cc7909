package org.cjmstudio.model.templates;

import org.cjmstudio.model.JourneyMap;

/** The six standard stages for a business purchase, with a first persona ready for a buying committee, contributed by this bundle's plugin.xml. */
public final class BuyingCommitteeTemplate implements JourneyTemplate {

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		return JourneyMapTemplates.newMap(MapTemplate.B2B, title, firstPersona);
	}
}
