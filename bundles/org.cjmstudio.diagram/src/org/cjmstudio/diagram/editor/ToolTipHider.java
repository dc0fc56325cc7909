package org.cjmstudio.diagram.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Hides a card's tool tip the moment the user presses a mouse button, opens the context menu or starts a drag. draw2d
 * shows tool tips in a small always-on-top window of its own and only hides it when the pointer leaves the card, so
 * the tip stayed on top of the context menu and of the dragged card.
 */
final class ToolTipHider {

	private ToolTipHider() {
	}

	static void install(Control diagram) {
		for (int eventType : new int[] { SWT.MouseDown, SWT.MenuDetect, SWT.DragDetect }) {
			diagram.addListener(eventType, event -> hide(diagram));
		}
		diagram.addListener(SWT.MouseMove, event -> {
			if ((event.stateMask & SWT.BUTTON_MASK) != 0) {
				hide(diagram);
			}
		});
	}

	/** Hides the visible tool-tip windows over the diagram's window (draw2d shows them again on the next hover). */
	static void hide(Control diagram) {
		if (diagram.isDisposed()) {
			return;
		}
		for (Shell child : diagram.getShell().getShells()) {
			if (child.isVisible() && isToolTip(child)) {
				child.setVisible(false);
			}
		}
	}

	static boolean isToolTip(Shell shell) {
		return (shell.getStyle() & SWT.TOOL) != 0 && (shell.getStyle() & SWT.ON_TOP) != 0
				&& shell.getText().isEmpty();
	}
}
