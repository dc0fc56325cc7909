package org.cjmstudio.app.tests;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.templates.JourneyTemplate;

/** A plugin's bug, contributed by this test bundle's plugin.xml: the template throws when the user picks it. */
public final class FailingTemplate implements JourneyTemplate {

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		throw new IllegalStateException("its stage list was never loaded");
	}
}
