package org.cjmstudio.diagram.export;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.widgets.Control;

/**
 * What of a diagram goes into a picture: GEF's printable layers (the map itself, without selection handles or drag
 * feedback), and the area they cover. The layers are painted directly, not through the viewer's zoom and scroll,
 * so a picture is always at 100 % and shows the whole map whatever part the editor shows.
 */
final class PrintableLayers {

	private final IFigure layers;
	private final Control control;

	private PrintableLayers(IFigure layers, Control control) {
		this.layers = layers;
		this.control = control;
	}

	/** The printable layers of {@code viewer}, laid out up to its latest model change. */
	static PrintableLayers of(GraphicalViewer viewer) {
		if (!(viewer.getEditPartRegistry().get(LayerManager.ID) instanceof LayerManager layerManager)) {
			throw new IllegalStateException("The diagram has no layers to export: its viewer has no root edit part");
		}
		IFigure layers = layerManager.getLayer(LayerConstants.PRINTABLE_LAYERS);
		if (layers == null) {
			throw new IllegalStateException("The diagram's root edit part has no printable layers");
		}
		viewer.flush();
		// The update manager lays figures out lazily, from the event loop; a picture taken right after a change,
		// or in a viewer nobody looks at, must not wait for that.
		layers.getUpdateManager().performValidation();
		return new PrintableLayers(layers, viewer.getControl());
	}

	/**
	 * The area the map covers at 100 %, in the layers' coordinates. For freeform layers that is their extent (what
	 * the figures need), not their bounds, which also stretch over the empty part of the editor's window.
	 */
	Rectangle area() {
		Rectangle area = (layers instanceof FreeformFigure freeform ? freeform.getFreeformExtent()
				: layers.getBounds()).getCopy();
		area.width = Math.max(1, area.width);
		area.height = Math.max(1, area.height);
		return area;
	}

	/** Paints the layers onto a white picture whose top left corner is the area's, in the editor's font and colours. */
	void paint(Graphics graphics, Rectangle area) {
		graphics.setBackgroundColor(ColorConstants.white);
		graphics.fillRectangle(0, 0, area.width, area.height);
		graphics.translate(-area.x, -area.y);
		// On screen the figures inherit these from the canvas; painted alone they must be handed down explicitly.
		graphics.setFont(control.getFont());
		graphics.setForegroundColor(control.getForeground());
		graphics.setBackgroundColor(control.getBackground());
		layers.paint(graphics);
	}

	Control control() {
		return control;
	}
}
