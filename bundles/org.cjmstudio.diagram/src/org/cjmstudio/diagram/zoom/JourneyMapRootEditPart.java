package org.cjmstudio.diagram.zoom;

import org.cjmstudio.diagram.figures.FrozenHeadersFigure;
import org.cjmstudio.diagram.figures.RelationLinesLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.draw2d.Viewport;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;

/**
 * The editor's root: GEF's zoomable layers, zoomed by {@link MapZoomManager}, with two layers above the map that are
 * not printable, so pictures of the map never show them: the relation lines, and above them the frozen headers.
 */
public final class JourneyMapRootEditPart extends ScalableFreeformRootEditPart {

	private MapZoomManager zoom;

	@Override
	protected ScalableFreeformLayeredPane createScaledLayers() {
		ScalableFreeformLayeredPane layers = super.createScaledLayers();
		layers.addLayerAfter(new RelationLinesLayer(), RelationLinesLayer.LAYER, LayerConstants.PRINTABLE_LAYERS);
		layers.addLayerAfter(new FreeformLayer(), FrozenHeadersFigure.LAYER, RelationLinesLayer.LAYER);
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
