package org.cjmstudio.model.templates;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ids.ElementIds;

/**
 * A template as the New Journey Map wizard offers it: its name and description from the contributing plugin's
 * plugin.xml, the plugin that contributed it (named when it fails) and where it comes in the list.
 */
public record InstalledTemplate(String id, String name, String description, int order, String plugin,
		JourneyTemplate template) {

	/** How the wizard shows the choice: "Bank onboarding: apply, verify identity, ...". */
	public String label() {
		return description == null || description.isBlank() ? name : name + ": " + description;
	}

	/**
	 * The template's new map, every element with an id. A template that throws or returns nothing is a plugin's
	 * bug, not the user's: it is reported as a {@link TemplateFailedException} naming the template and its plugin,
	 * and nothing of it is kept.
	 */
	public JourneyMap newMap(String title, String firstPersona) throws TemplateFailedException {
		JourneyMap map;
		try {
			map = template.newMap(title, firstPersona);
		} catch (RuntimeException | LinkageError e) {
			throw failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
		}
		if (map == null) {
			throw failed("it created no map", null);
		}
		ElementIds.assignMissing(map);
		return map;
	}

	private TemplateFailedException failed(String reason, Throwable cause) {
		return new TemplateFailedException("The template '" + name + "' of plugin '" + plugin
				+ "' could not create the map (" + reason + "). Choose another template, or ask the plugin's authors.",
				cause);
	}
}
