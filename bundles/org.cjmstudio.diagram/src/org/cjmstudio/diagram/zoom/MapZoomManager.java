package org.cjmstudio.diagram.zoom;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;

/**
 * Zoom that fits what a user means by the map: "Page" shows the whole map, "Width" fills the editor's width and
 * "Height" its height, measured on the map itself at 100 % (what an export shows). A scroll bar's width is kept free
 * so that fitting one side does not make the other side scroll.
 */
public final class MapZoomManager extends ZoomManager {

	/** Room for the scroll bar that fitting the other side brings, in screen pixels. */
	private static final int SCROLL_BAR = 20;

	private final IFigure map;

	/** @param map the figure whose extent at 100 % is the map (the printable layers) */
	public MapZoomManager(ScalableFreeformLayeredPane pane, Viewport viewport, IFigure map) {
		super(pane, viewport);
		this.map = map;
	}

	/** The map's size at 100 %. */
	public Dimension mapSize() {
		Rectangle extent = map instanceof FreeformFigure freeform ? freeform.getFreeformExtent().getCopy()
				: map.getBounds().getCopy();
		extent.union(0, 0);
		return new Dimension(Math.max(1, extent.width), Math.max(1, extent.height));
	}

	/** The editor's visible area, in screen pixels. */
	public Dimension visibleSize() {
		return getViewport().getSize().getCopy();
	}

	@Override
	protected double getFitWidthZoomLevel() {
		return clamp((visibleSize().width - SCROLL_BAR) / (double) mapSize().width);
	}

	@Override
	protected double getFitHeightZoomLevel() {
		return clamp((visibleSize().height - SCROLL_BAR) / (double) mapSize().height);
	}

	@Override
	protected double getFitPageZoomLevel() {
		Dimension visible = visibleSize();
		Dimension size = mapSize();
		return clamp(Math.min(visible.width / (double) size.width, visible.height / (double) size.height));
	}

	/** Whether the whole width of the map shows at 100 %. */
	public boolean mapIsWiderThanEditor() {
		return mapSize().width > visibleSize().width;
	}

	private double clamp(double zoom) {
		return Math.max(getMinZoom(), Math.min(1.0, zoom));
	}
}
