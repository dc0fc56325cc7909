package org.cjmstudio.diagram.zoom;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * A map opens readable: at 100 % when its width fits the editor, else zoomed to the editor's width (a typical map of
 * six stages is wider than the editor, and "whole page" would make it unreadable). Decided once the editor has its
 * size on screen.
 */
public final class InitialZoom {

	private InitialZoom() {
	}

	public static void applyWhenShown(GraphicalViewer viewer, MapZoomManager zoom) {
		Control control = viewer.getControl();
		Listener once = new Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event event) {
				if (control.getSize().x > 0 && control.getSize().y > 0) {
					control.removeListener(SWT.Resize, this);
					viewer.flush();
					if (zoom.mapIsWiderThanEditor()) {
						zoom.setZoomAsText(ZoomManager.FIT_WIDTH);
					}
				}
			}
		};
		control.addListener(SWT.Resize, once);
		once.handleEvent(null);
	}
}
