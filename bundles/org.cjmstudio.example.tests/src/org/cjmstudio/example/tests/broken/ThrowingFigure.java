package org.cjmstudio.example.tests.broken;

import java.util.concurrent.atomic.AtomicInteger;

import org.cjmstudio.diagram.lanes.LaneCardFigure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;

/** Test only: a lane figure with a bug, as a plugin might ship one. It counts its calls so a test sees it stop. */
public final class ThrowingFigure implements LaneCardFigure {

	public static final AtomicInteger CALLS = new AtomicInteger();

	@Override
	public void paint(EObject card, Graphics graphics, Rectangle bounds) {
		CALLS.incrementAndGet();
		graphics.setLineWidth(4); // the state the workbench must restore for the cards painted after this one
		throw new IllegalStateException("bug in the sticker figure");
	}
}
