package org.cjmstudio.benchmarks;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.cjmstudio.diagram.parts.MapEditPartFactory;
import org.cjmstudio.diagram.problems.ProblemMarkers;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.MapValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Measures one map file: opening it in the editor (and the parts of an open, each alone), and the move / undo / redo
 * round-trip of a barrier between two stages. Warm-up runs come first and are not recorded.
 */
final class MapMeasurements {

	/** What is timed; the report shows them in this order. */
	enum Phase {
		OPEN_TOTAL, OPEN_EDITOR, OPEN_LAYOUT, OPEN_PAINT, OPEN_COLD,
		LOAD, VALIDATE, MARKERS, BARE_EDIT_PARTS, BARE_LAYOUT,
		ROUND_TRIP, MOVE, UNDO, REDO, QUEUED_WORK, ROUND_TRIP_UNTIL_IDLE, REFRESH_ALL_PARTS
	}

	private final IFile file;
	private final int warmups;
	private final int runs;
	private final Display display;
	private final Map<Phase, Timings> timings = new EnumMap<>(Phase.class);

	MapMeasurements(IFile file, int warmups, int runs, Display display) {
		this.file = file;
		this.warmups = warmups;
		this.runs = runs;
		this.display = display;
		for (Phase phase : Phase.values()) {
			timings.put(phase, new Timings());
		}
	}

	Timings of(Phase phase) {
		return timings.get(phase);
	}

	Path path() {
		return file.getLocation().toFile().toPath();
	}

	MapMeasurements run(boolean firstInJvm) throws Exception {
		measureOpen(firstInJvm);
		measurePartsOfOpen();
		measureRoundTrip();
		return this;
	}

	private void measureOpen(boolean firstInJvm) throws Exception {
		for (int i = 0; i < warmups + runs; i++) {
			quiet();
			EditorSession session = EditorSession.open(file);
			EditorSession.OpenTimes times = session.openTimes();
			if (i == 0 && firstInJvm) {
				record(Phase.OPEN_COLD, times.total());
			}
			if (i >= warmups) {
				record(Phase.OPEN_TOTAL, times.total());
				record(Phase.OPEN_EDITOR, times.editor());
				record(Phase.OPEN_LAYOUT, times.layout());
				record(Phase.OPEN_PAINT, times.paint());
			}
			EditorSession.settle(display);
			session.close();
		}
	}

	private void measurePartsOfOpen() throws Exception {
		MapValidation validation = MapValidation.standard();
		for (int i = 0; i < warmups + runs; i++) {
			quiet();
			boolean counted = i >= warmups;
			long start = System.nanoTime();
			JourneyMap map = MapFiles.load(path());
			long loaded = System.nanoTime();
			Diagnostic problems = validation.validate(map);
			long validated = System.nanoTime();
			ProblemMarkers.update(file, problems);
			long marked = System.nanoTime();
			if (counted) {
				record(Phase.LOAD, loaded - start);
				record(Phase.VALIDATE, validated - loaded);
				record(Phase.MARKERS, marked - validated);
			}
			EditorSession.settle(display);
			measureBareViewer(map, counted);
		}
	}

	/** Edit parts and figures without the editor around them: a plain GEF viewer in a shell of its own. */
	private void measureBareViewer(JourneyMap map, boolean counted) {
		Shell shell = new Shell(display);
		try {
			shell.setSize(1280, 900);
			ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
			viewer.createControl(shell);
			viewer.getControl().setSize(1280, 900);
			viewer.setRootEditPart(new ScalableFreeformRootEditPart());
			viewer.setEditPartFactory(new MapEditPartFactory());
			long start = System.nanoTime();
			viewer.setContents(map);
			long created = System.nanoTime();
			((FigureCanvas) viewer.getControl()).getLightweightSystem().getUpdateManager().performValidation();
			long laidOut = System.nanoTime();
			if (counted) {
				record(Phase.BARE_EDIT_PARTS, created - start);
				record(Phase.BARE_LAYOUT, laidOut - created);
			}
		} finally {
			shell.dispose();
		}
	}

	private void measureRoundTrip() throws Exception {
		quiet();
		EditorSession session = EditorSession.open(file);
		EditorSession.settle(display);
		try {
			JourneyMap map = session.editor().getMap();
			Barrier barrier = firstBarrier(map);
			Stage from = (Stage) barrier.eContainer();
			Stage to = map.getStages().get((map.getStages().indexOf(from) + 1) % map.getStages().size());
			for (int i = 0; i < warmups * 3 + runs; i++) {
				long move = session.move(barrier, to);
				long queued = EditorSession.runQueuedWork(display);
				long undo = session.undo();
				queued += EditorSession.runQueuedWork(display);
				long redo = session.redo();
				queued += EditorSession.runQueuedWork(display);
				if (i >= warmups * 3) {
					record(Phase.MOVE, move);
					record(Phase.UNDO, undo);
					record(Phase.REDO, redo);
					record(Phase.ROUND_TRIP, move + undo + redo);
					record(Phase.QUEUED_WORK, queued);
					record(Phase.ROUND_TRIP_UNTIL_IDLE, move + undo + redo + queued);
				}
				session.undo(); // back to the start for the next run
				EditorSession.runQueuedWork(display);
				if (barrier.eContainer() != from) {
					throw new IllegalStateException("Undo did not bring " + barrier.getName() + " back");
				}
			}
			for (int i = 0; i < warmups + runs; i++) {
				long refresh = session.refreshEveryEditPart();
				if (i >= warmups) {
					record(Phase.REFRESH_ALL_PARTS, refresh);
				}
			}
		} finally {
			session.close();
		}
	}

	private static Barrier firstBarrier(JourneyMap map) {
		return map.getStages().stream().flatMap(stage -> stage.getBarriers().stream()).findFirst()
				.orElseThrow(() -> new IllegalStateException(map.getTitle() + " has no barrier to move"));
	}

	/** Lets the previous run's background work finish and its garbage go, so runs measure themselves only. */
	private void quiet() {
		EditorSession.settle(display);
		System.gc();
		EditorSession.settle(display);
	}

	private void record(Phase phase, long nanos) {
		timings.get(phase).add(nanos);
	}
}
