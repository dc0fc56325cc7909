package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Waits for a job on the UI thread while keeping the event loop running, so its asyncExec results arrive. */
final class Jobs {

	private Jobs() {
	}

	static void finish(Job job) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (job.getState() != Job.NONE || job.getResult() == null) {
			if (System.currentTimeMillis() > deadline) {
				fail("the job '" + job.getName() + "' did not finish within a minute");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// run what the job handed to the UI thread
		}
	}
}
