package org.cjmstudio.persona.editing;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.eclipse.emf.common.notify.AdapterFactory;

/**
 * What every page of one persona editor works with: the commands that change the portrait, the change notices that
 * refresh its fields, and the item providers that label and describe model elements.
 */
public record PortraitSession(PortraitEdits edits, PortraitChanges changes, AdapterFactory adapterFactory) {

	public Persona persona() {
		return edits.persona();
	}

	/** The map the persona belongs to, or {@code null} if it was removed from its map. */
	public JourneyMap map() {
		return persona().eContainer() instanceof JourneyMap map ? map : null;
	}
}
