package org.cjmstudio.diagram.parts;

import java.beans.PropertyChangeListener;

import org.cjmstudio.diagram.figures.FrozenHeadersFigure;
import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LayoutListener;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.editparts.ZoomListener;
import org.eclipse.gef.editparts.ZoomManager;

/**
 * Keeps the frozen headers where the user looks: follows scrolling, zoom and every new layout of the map. Attached
 * by the map's edit part while it is active; does nothing in a viewer without the frozen-headers layer (pictures
 * made off screen).
 */
final class FrozenHeaders {

	private final JourneyMapEditPart map;
	private final PropertyChangeListener scrolled = event -> update();
	private final ZoomListener zoomed = zoom -> update();
	private final LayoutListener laidOut = new LayoutListener.Stub() {
		@Override
		public void postLayout(IFigure container) {
			update();
		}
	};
	private FrozenHeadersFigure figure;
	private IFigure layer;
	private Viewport viewport;
	private ZoomManager zoom;

	FrozenHeaders(JourneyMapEditPart map) {
		this.map = map;
	}

	void attach() {
		LayerManager layers = LayerManager.Helper.find(map);
		layer = layers == null ? null : layers.getLayer(FrozenHeadersFigure.LAYER);
		if (layer == null) {
			return;
		}
		viewport = (Viewport) ((org.eclipse.gef.GraphicalEditPart) map.getViewer().getRootEditPart()).getFigure();
		zoom = (ZoomManager) map.getViewer().getProperty(ZoomManager.class.toString());
		figure = new FrozenHeadersFigure((JourneyGridFigure) map.getFigure());
		layer.add(figure);
		// A click on a frozen header is a click on the map, not on the card scrolled underneath.
		map.getViewer().getVisualPartMap().put(figure, map);
		viewport.getHorizontalRangeModel().addPropertyChangeListener(scrolled);
		viewport.getVerticalRangeModel().addPropertyChangeListener(scrolled);
		if (zoom != null) {
			zoom.addZoomListener(zoomed);
		}
		map.getFigure().addLayoutListener(laidOut);
		update();
	}

	void detach() {
		if (layer == null) {
			return;
		}
		map.getFigure().removeLayoutListener(laidOut);
		if (zoom != null) {
			zoom.removeZoomListener(zoomed);
		}
		viewport.getHorizontalRangeModel().removePropertyChangeListener(scrolled);
		viewport.getVerticalRangeModel().removePropertyChangeListener(scrolled);
		map.getViewer().getVisualPartMap().remove(figure);
		layer.remove(figure);
		layer = null;
	}

	/** The visible part of the map in its coordinates at 100 %: the scroll position and size, divided by the zoom. */
	private void update() {
		double scale = zoom == null ? 1 : zoom.getZoom();
		Point location = viewport.getViewLocation();
		Dimension size = viewport.getClientArea().getSize();
		figure.setVisibleArea(new Rectangle((int) Math.floor(location.x / scale), (int) Math.floor(location.y / scale),
				(int) Math.ceil(size.width / scale) + 1, (int) Math.ceil(size.height / scale) + 1));
	}
}
