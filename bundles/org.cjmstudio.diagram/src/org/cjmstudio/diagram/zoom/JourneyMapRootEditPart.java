package org.cjmstudio.diagram.zoom;

import org.cjmstudio.diagram.figures.FrozenHeadersFigure;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.draw2d.Viewport;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;

/**
 * The editor's root: GEF's zoomable layers, zoomed by {@link MapZoomManager}, with a layer for the frozen headers
 * above the map (not printable, so pictures of the map never show them).
 */
public final class JourneyMapRootEditPart extends ScalableFreeformRootEditPart {

	private MapZoomManager zoom;

	@Override
	protected ScalableFreeformLayeredPane createScaledLayers() {
		ScalableFreeformLayeredPane layers = super.createScaledLayers();
		layers.addLayerAfter(new FreeformLayer(), FrozenHeadersFigure.LAYER, LayerConstants.PRINTABLE_LAYERS);
		return layers;
	}

	@Override
	public ZoomManager getZoomManager() {
		if (zoom == null) {
			zoom = new MapZoomManager((ScalableFreeformLayeredPane) getScaledLayers(), (Viewport) getFigure(),
					getLayer(LayerConstants.PRINTABLE_LAYERS));
		}
		return zoom;
	}
}
