package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Lets the UI thread run what was posted to it (viewer refreshes come by {@code asyncExec}) until a condition holds. */
final class UiEvents {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private UiEvents() {
	}

	static void runUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("After " + PATIENCE.toSeconds() + " s still not true: " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}
}
