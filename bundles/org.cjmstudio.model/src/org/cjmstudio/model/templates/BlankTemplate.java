package org.cjmstudio.model.templates;

import org.cjmstudio.model.JourneyMap;

/** A map with no stages, for teams that lay out their own journey, contributed by this bundle's plugin.xml. */
public final class BlankTemplate implements JourneyTemplate {

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		return JourneyMapTemplates.newMap(MapTemplate.BLANK, title, firstPersona);
	}
}
