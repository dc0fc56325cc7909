package org.cjmstudio.model.tests;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.templates.JourneyTemplate;

/** A plugin's bug, contributed by this test bundle's plugin.xml: the template throws when the user picks it. */
public final class FailingTemplate implements JourneyTemplate {

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		throw new IllegalStateException("the stage list was never loaded");
	}

	/** A template whose constructor already fails, so it can never be offered. */
	public static final class Unbuildable implements JourneyTemplate {

		public Unbuildable() {
			throw new IllegalStateException("no configuration");
		}

		@Override
		public JourneyMap newMap(String title, String firstPersona) {
			return null;
		}
	}
}
