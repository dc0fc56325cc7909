package org.cjmstudio.diagram.lanes;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;

/**
 * What a plugin lane draws on each of its cards, over the standard card (title, detail, accent stripe, badges): a
 * mark of its own, such as a service blueprint's dashed outline for what the customer does not see. Implementations
 * are stateless, have a public no-argument constructor, are quick (they run at every repaint, and when a map is
 * exported as a picture) and draw only inside the bounds they are given. One that throws switches its lane's own code
 * off for the session: the lane's cards are then drawn as plain cards, and the map stays as it was.
 */
public interface LaneCardFigure {

	/**
	 * Paints the lane's mark of {@code card}.
	 *
	 * @param bounds the card's outline, in the coordinates of {@code graphics}
	 */
	void paint(EObject card, Graphics graphics, Rectangle bounds);
}
