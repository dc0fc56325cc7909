package org.cjmstudio.model.tests;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.model.templates.JourneyTemplate;

/** A template as a plugin writes one, contributed by this test bundle's plugin.xml: three stages of its own. */
public final class ServiceCheckTemplate implements JourneyTemplate {

	@Override
	public JourneyMap newMap(String title, String firstPersona) {
		JourneyMap map = JourneyMapTemplates.newEmptyMap(title);
		for (String name : new String[] { "Book", "Visit", "Follow-up" }) {
			Stage stage = CjmFactory.eINSTANCE.createStage();
			stage.setName(name);
			map.getStages().add(stage);
		}
		return map;
	}
}
