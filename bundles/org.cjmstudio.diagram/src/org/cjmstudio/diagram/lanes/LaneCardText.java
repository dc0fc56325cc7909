package org.cjmstudio.diagram.lanes;

import org.eclipse.emf.ecore.EObject;

/**
 * What a card of a plugin's lane says: its title (the attribute renamed in place, usually {@code name}) and a line
 * of detail below it. A lane without one shows the card's {@code name} and {@code description}. Implementations are
 * stateless, have a public no-argument constructor and must be quick: they run whenever the card is drawn.
 */
public interface LaneCardText {

	/** The line under the title, e.g. "Branch clerk · back stage"; empty for none. */
	String detail(EObject card);
}
