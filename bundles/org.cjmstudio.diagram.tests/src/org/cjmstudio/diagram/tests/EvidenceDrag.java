package org.cjmstudio.diagram.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;

import org.cjmstudio.testing.Screenshots;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Drags research over the map as a view's drag source does, by sending the editor's SWT {@link DropTarget} the
 * events a native drag sends (enter, over, drop accept, drop) with the dragged elements in JFace's
 * LocalSelectionTransfer. This is not a real mouse drag: the Research view that is the real drag source lives in
 * another bundle, and a native GTK drag made of posted mouse events under Xvfb was not tried here. SWT's class for
 * these events, DNDEvent, is package-private, so it is created by reflection; everything after the DropTarget (GEF's
 * delegating adapter, our listener, the edit parts' policies and the command stack) runs as in a real drag.
 */
final class EvidenceDrag {

	private final GraphicalViewer viewer;
	private final DropTarget target;
	private int detail;

	EvidenceDrag(GraphicalViewer viewer, List<?> dragged) {
		this.viewer = viewer;
		this.target = (DropTarget) viewer.getControl().getData(DND.DROP_TARGET_KEY);
		if (target == null) {
			throw new AssertionError("the map editor has no drop target");
		}
		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged));
	}

	/** Moves the dragged research over the middle of a part's figure; returns the operation the cursor shows. */
	int over(GraphicalEditPart part) {
		Point at = middleOf(part);
		send(DND.DragEnter, at);
		send(DND.DragOver, at);
		return detail;
	}

	/** Drops where the last {@link #over} was; returns the operation the drop ended with (NONE when refused). */
	int drop(GraphicalEditPart part) {
		Point at = middleOf(part);
		send(DND.DropAccept, at);
		send(DND.Drop, at);
		LocalSelectionTransfer.getTransfer().setSelection(null); // what the drag source does when the drag ends
		return detail;
	}

	private Point middleOf(GraphicalEditPart part) {
		viewer.reveal(part); // scroll first: the point is taken where the card is then
		Control control = viewer.getControl();
		Screenshots.settle(control.getDisplay());
		IFigure figure = part.getFigure();
		Rectangle bounds = figure.getBounds().getCopy();
		figure.translateToAbsolute(bounds);
		return control.toDisplay(bounds.getCenter().x, bounds.getCenter().y);
	}

	private void send(int type, Point at) {
		try {
			Class<?> dndEvent = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DropTarget.class.getClassLoader());
			Constructor<?> create = dndEvent.getDeclaredConstructor();
			create.setAccessible(true);
			Event event = (Event) create.newInstance();
			TransferData[] types = LocalSelectionTransfer.getTransfer().getSupportedTypes();
			field(dndEvent, "dataType").set(event, types[0]);
			field(dndEvent, "dataTypes").set(event, types);
			field(dndEvent, "operations").setInt(event, DND.DROP_LINK | DND.DROP_COPY);
			field(dndEvent, "feedback").setInt(event, DND.FEEDBACK_SELECT);
			event.detail = DND.DROP_LINK;
			event.widget = target;
			event.display = target.getDisplay();
			event.time = (int) System.currentTimeMillis();
			event.x = at.x;
			event.y = at.y;
			target.notifyListeners(type, event);
			detail = event.detail;
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("cannot make SWT's drag-and-drop event", e);
		}
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		Field field = type.getField(name);
		field.setAccessible(true);
		return field;
	}
}
