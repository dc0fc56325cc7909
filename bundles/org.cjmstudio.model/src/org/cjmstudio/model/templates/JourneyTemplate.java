package org.cjmstudio.model.templates;

import org.cjmstudio.model.JourneyMap;

/**
 * What a new journey map starts from, as a plugin contributes it to the extension point
 * {@code org.cjmstudio.templates}: the New Journey Map wizard offers every installed template. Start from
 * {@link JourneyMapTemplates#newEmptyMap(String)} (a draft with the standard channels) or
 * {@link JourneyMapTemplates#newStandardMap(String)} (the six standard stages too) and add what the journey needs;
 * elements without an id get one afterwards.
 */
public interface JourneyTemplate {

	/**
	 * A new map titled {@code title}, with a first persona named {@code firstPersona} when that is not blank (the
	 * wizard's optional field). Called on the UI thread; it must not write files or keep the map.
	 */
	JourneyMap newMap(String title, String firstPersona);
}
