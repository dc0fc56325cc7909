package org.cjmstudio.benchmarks;

import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.Stage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.UpdateManager;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * A journey map editor opened and driven the way a user (and GEF's tools) would, with each step timed: opening,
 * laying out and painting the diagram, and moving a card with the editor's command stack, figures refreshed
 * synchronously so a step's time includes the layout and paint it causes.
 */
final class EditorSession {

	private static final long QUIET_MILLIS = 100;

	/** How long one open took, by phase, in nanoseconds. */
	record OpenTimes(long editor, long layout, long paint) {
		long total() {
			return editor + layout + paint;
		}
	}

	private final JourneyMapEditor editor;
	private final OpenTimes openTimes;

	private EditorSession(JourneyMapEditor editor, OpenTimes openTimes) {
		this.editor = editor;
		this.openTimes = openTimes;
	}

	/**
	 * Opens {@code file} in the journey map editor and waits for its first paint. The editor phase is
	 * {@code IDE.openEditor} (model load, validation, problem markers, viewer, edit parts and figures, outline);
	 * layout is draw2d's validation of the whole figure tree; paint lasts until the canvas has painted, plus the UI
	 * work queued meanwhile.
	 */
	static EditorSession open(IFile file) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		long start = System.nanoTime();
		IEditorPart part = IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		long opened = System.nanoTime();
		if (!(part instanceof JourneyMapEditor editor)) {
			throw new IllegalStateException("Expected the journey map editor for " + file + ", got " + part);
		}
		GraphicalViewer viewer = editor.getGraphicalViewer();
		viewer.flush();
		updateManager(viewer).performValidation();
		long laidOut = System.nanoTime();
		long paint = paintNow((FigureCanvas) viewer.getControl());
		return new EditorSession(editor, new OpenTimes(opened - start, laidOut - opened, paint));
	}

	OpenTimes openTimes() {
		return openTimes;
	}

	JourneyMapEditor editor() {
		return editor;
	}

	/** Drags {@code card} into the matching lane of {@code target} and drops it; returns the nanoseconds it took. */
	long move(EObject card, Stage target) {
		Point drop = pointIn(target, Lane.of(card)); // where the pointer is
		long start = System.nanoTime();
		ChangeBoundsRequest request = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
		request.setEditParts(partOf(card));
		request.setLocation(drop);
		Command command = partOf(target).getCommand(request);
		if (command == null || !command.canExecute()) {
			throw new IllegalStateException("The editor refused to move " + card + " to " + target.getName());
		}
		commandStack().execute(command);
		refreshFigures();
		return System.nanoTime() - start;
	}

	long undo() {
		long start = System.nanoTime();
		commandStack().undo();
		refreshFigures();
		return System.nanoTime() - start;
	}

	long redo() {
		long start = System.nanoTime();
		commandStack().redo();
		refreshFigures();
		return System.nanoTime() - start;
	}

	/** What the editor does to every edit part after each command (it re-reads validation results). */
	long refreshEveryEditPart() {
		long start = System.nanoTime();
		for (Object part : List.copyOf(editor.getGraphicalViewer().getEditPartRegistry().values())) {
			((EditPart) part).refresh();
		}
		refreshFigures();
		return System.nanoTime() - start;
	}

	void close() {
		editor.getSite().getPage().closeEditor(editor, false);
		settle(editor.getSite().getShell().getDisplay());
	}

	GraphicalEditPart partOf(Object element) {
		Object part = editor.getGraphicalViewer().getEditPartRegistry().get(element);
		if (part == null) {
			throw new IllegalStateException("No edit part for " + element);
		}
		return (GraphicalEditPart) part;
	}

	private CommandStack commandStack() {
		return editor.getGraphicalViewer().getEditDomain().getCommandStack();
	}

	/** Edit parts, then layout and paint of the damaged area, synchronously (what the UI thread does next anyway). */
	private void refreshFigures() {
		GraphicalViewer viewer = editor.getGraphicalViewer();
		viewer.flush();
		updateManager(viewer).performUpdate();
	}

	private Point pointIn(Stage stage, Lane lane) {
		StageColumnFigure column = (StageColumnFigure) partOf(stage).getFigure();
		Rectangle bounds = column.laneBounds(lane).getCopy();
		column.translateToAbsolute(bounds);
		return bounds.getCenter();
	}

	private static UpdateManager updateManager(GraphicalViewer viewer) {
		return ((FigureCanvas) viewer.getControl()).getLightweightSystem().getUpdateManager();
	}

	/**
	 * Asks the canvas to paint and runs the event loop until it has; returns the time that took plus the time spent on
	 * the UI work queued meanwhile (the outline's plan and the views, for one), see {@link #runQueuedWork(Display)}.
	 */
	private static long paintNow(FigureCanvas canvas) {
		Display display = canvas.getDisplay();
		boolean[] painted = { false };
		Listener onPaint = event -> painted[0] = true;
		canvas.addListener(SWT.Paint, onPaint);
		try {
			long start = System.nanoTime();
			canvas.redraw();
			long giveUp = start + 10_000_000_000L;
			while (!painted[0] && System.nanoTime() < giveUp) {
				if (!display.readAndDispatch()) {
					display.timerExec(1, () -> { });
					display.sleep();
				}
			}
			return System.nanoTime() - start + runQueuedWork(display);
		} finally {
			canvas.removeListener(SWT.Paint, onPaint);
		}
	}

	/**
	 * Runs the UI events that are queued or arrive until none has come for {@value #QUIET_MILLIS} ms, and returns the
	 * time spent running them (not the time spent waiting). Some work comes late: the Problems view updates
	 * from a job after the markers changed, and GEF's thumbnail (replaced since) repainted the diagram tile by tile.
	 */
	static long runQueuedWork(Display display) {
		long busy = 0;
		long quietSince = System.nanoTime();
		boolean[] wokenUp = { false };
		while (System.nanoTime() - quietSince < QUIET_MILLIS * 1_000_000L) {
			long start = System.nanoTime();
			if (display.readAndDispatch()) {
				if (wokenUp[0]) {
					wokenUp[0] = false; // our own wake-up call, not work
				} else {
					busy += System.nanoTime() - start;
					quietSince = System.nanoTime();
				}
			} else {
				display.timerExec(10, () -> wokenUp[0] = true);
				display.sleep();
			}
		}
		return busy;
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	/** Waits (up to 5 s) until background jobs are done and the event queue is empty, so runs do not overlap. */
	static void settle(Display display) {
		long giveUp = System.nanoTime() + 5_000_000_000L;
		do {
			drain(display);
			display.timerExec(20, () -> { });
			display.sleep();
			drain(display);
		} while (!Job.getJobManager().isIdle() && System.nanoTime() < giveUp);
	}
}
