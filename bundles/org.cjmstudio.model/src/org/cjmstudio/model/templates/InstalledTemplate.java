package org.cjmstudio.model.templates;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.contributions.Misbehaviour;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.contributions.SwitchedOff;
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
	 * bug, not the user's: it is switched off for the session (logged with its plugin's name, left out of
	 * {@link InstalledTemplates#installed()} from then on) and reported as a {@link PluginFailedException} whose
	 * message names the template and its plugin; nothing of it is kept.
	 */
	public JourneyMap newMap(String title, String firstPersona) throws PluginFailedException {
		JourneyMap map;
		try {
			map = template.newMap(title, firstPersona);
		} catch (RuntimeException | LinkageError e) {
			throw switchOff(e);
		}
		if (map == null) {
			throw switchOff(new Misbehaviour("it created no map"));
		}
		ElementIds.assignMissing(map);
		return map;
	}

	/** The key under which {@link SwitchedOff} knows this template. */
	String key() {
		return SwitchedOff.key(plugin, ContributedTemplates.EXTENSION_POINT, id);
	}

	private PluginFailedException switchOff(Throwable cause) {
		return SwitchedOff.switchOff(key(), plugin, "the template '" + name + "'", cause);
	}
}
