package org.cjmstudio.model.templates;

import org.cjmstudio.model.JourneyMap;

/** The six standard stages of a consumer's purchase (need ... loyalty or churn), contributed by this bundle's plugin.xml. */
public final class SixStagesTemplate implements JourneyTemplate {

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		return JourneyMapTemplates.newMap(MapTemplate.B2C, title, firstPersona);
	}
}
