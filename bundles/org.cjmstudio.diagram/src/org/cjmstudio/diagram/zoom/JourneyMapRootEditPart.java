package org.cjmstudio.diagram.zoom;

import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.draw2d.Viewport;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;

/** The editor's root: GEF's zoomable layers, zoomed by {@link MapZoomManager}. */
public final class JourneyMapRootEditPart extends ScalableFreeformRootEditPart {

	private MapZoomManager zoom;

	@Override
	public ZoomManager getZoomManager() {
		if (zoom == null) {
			zoom = new MapZoomManager((ScalableFreeformLayeredPane) getScaledLayers(), (Viewport) getFigure(),
					getLayer(LayerConstants.PRINTABLE_LAYERS));
		}
		return zoom;
	}
}
