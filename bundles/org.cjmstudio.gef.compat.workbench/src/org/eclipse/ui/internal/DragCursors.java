package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * GEF 3.2's flyout palette asks the workbench for drag cursors when the user drags the palette to the other side of
 * the editor; the workbench dropped this internal class. This fragment of {@code org.eclipse.ui.workbench} puts back
 * the one method GEF calls, answering with SWT's system cursors.
 */
public final class DragCursors {

	// The constants GEF 3.2 was compiled against (inlined into GEF's bytecode, listed here for readers).
	public static final int INVALID = 0;
	public static final int LEFT = 1;
	public static final int RIGHT = 2;
	public static final int TOP = 3;
	public static final int BOTTOM = 4;
	public static final int CENTER = 5;
	public static final int OFFSCREEN = 6;
	public static final int FASTVIEW = 7;

	private DragCursors() {
	}

	public static Cursor getCursor(int which) {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		return display.getSystemCursor(systemCursorFor(which));
	}

	private static int systemCursorFor(int which) {
		return switch (which) {
			case LEFT -> SWT.CURSOR_SIZEW;
			case RIGHT -> SWT.CURSOR_SIZEE;
			case TOP -> SWT.CURSOR_SIZEN;
			case BOTTOM -> SWT.CURSOR_SIZES;
			case INVALID -> SWT.CURSOR_NO;
			default -> SWT.CURSOR_ARROW;
		};
	}
}
