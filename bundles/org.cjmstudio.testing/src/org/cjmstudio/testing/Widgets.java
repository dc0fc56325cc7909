package org.cjmstudio.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Finds and operates the controls of a dialog the way a user would: by kind and by the label they read. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control of {@code kind} inside {@code parent}, in the order they are laid out. */
	public static <T extends Control> List<T> all(Composite parent, Class<T> kind) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (kind.isInstance(child)) {
				found.add(kind.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, kind));
			}
		}
		return found;
	}

	/** The text fields a user types into (bordered {@link Text}s, not read-only labels drawn as text), in layout order. */
	public static List<Text> inputFields(Composite parent) {
		return all(parent, Text.class).stream().filter(text -> (text.getStyle() & SWT.BORDER) != 0).toList();
	}

	/** The button labelled {@code label} (mnemonic ampersands ignored); fails when there is none. */
	public static Button button(Composite parent, String label) {
		String wanted = label.replace("&", "");
		return all(parent, Button.class).stream()
				.filter(button -> button.getText().replace("&", "").equals(wanted))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no button labelled '" + wanted + "'"));
	}

	/** Clicks a button: the same selection event a mouse click sends. */
	public static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Clicks the button labelled {@code label} and runs what the click queued (a wizard finishing and closing). */
	public static void press(Composite parent, String label) {
		Display display = parent.getDisplay();
		click(button(parent, label));
		while (display.readAndDispatch()) {
			// run what the click queued
		}
	}

	/**
	 * Once a shell titled {@code title} opens (a modal question opened by the next action), clicks its button
	 * labelled {@code answer}. Call it before the action, and {@link ExpectedDialog#assertHandled()} after it.
	 */
	public static ExpectedDialog answerWhenShown(Display display, String title, String answer) {
		return whenShown(display, title, shell -> click(button(shell, answer)));
	}

	/**
	 * Once a shell titled {@code title} opens, hands it to {@code action}, which should close it. Call it before the
	 * action that opens a modal dialog (the dialog's own event loop runs {@code action}) and
	 * {@link ExpectedDialog#assertHandled()} after it. Gives up after 20 s, so a dialog that never comes does not leave
	 * a timer behind for later tests.
	 */
	public static ExpectedDialog whenShown(Display display, String title, Consumer<Shell> action) {
		return whenShown(display, title, 20, action);
	}

	/**
	 * Like {@link #whenShown(Display, String, Consumer)}, waiting up to {@code seconds} for the dialog: for one that
	 * comes after slow work (drawing a large map on a loaded machine), so it is never left open with nobody to close it.
	 */
	public static ExpectedDialog whenShown(Display display, String title, int seconds, Consumer<Shell> action) {
		ExpectedDialog expected = new ExpectedDialog(title);
		whenShown(display, expected, action, System.currentTimeMillis() + seconds * 1_000L);
		return expected;
	}

	private static void whenShown(Display display, ExpectedDialog expected, Consumer<Shell> action, long deadline) {
		display.timerExec(100, () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && expected.title.equals(shell.getText())) {
					expected.handle(shell, action);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				whenShown(display, expected, action, deadline);
			}
		});
	}

	/**
	 * A dialog a test drives from inside the dialog's event loop. A failed assertion there would only be logged by
	 * the workbench and leave the dialog open, so it is kept, the dialog closed, and the failure thrown by
	 * {@link #assertHandled()} on the test's own path.
	 */
	public static final class ExpectedDialog {

		private final String title;
		private boolean handled;
		private Throwable failure;

		private ExpectedDialog(String title) {
			this.title = title;
		}

		private void handle(Shell shell, Consumer<Shell> action) {
			handled = true;
			try {
				action.accept(shell);
			} catch (RuntimeException | AssertionError e) {
				failure = e;
				if (!shell.isDisposed()) {
					shell.close();
				}
			}
		}

		/** Fails when the dialog never opened or handling it failed. */
		public void assertHandled() {
			if (failure != null) {
				throw new AssertionError("while handling the dialog '" + title + "': " + failure.getMessage(), failure);
			}
			if (!handled) {
				throw new AssertionError("the dialog '" + title + "' never opened");
			}
		}
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
	public static void waitUntil(Display display, BooleanSupplier condition, int seconds, String what) {
		long deadline = System.currentTimeMillis() + seconds * 1_000L;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("waited " + seconds + " s for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}
}
