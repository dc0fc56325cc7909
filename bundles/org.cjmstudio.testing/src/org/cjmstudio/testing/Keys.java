package org.cjmstudio.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Types keys as the user's keyboard does: the events go to the operating system's input queue
 * ({@link Display#post}), so the workbench's key bindings, focus and widgets see a real key press (under Xvfb too).
 */
public final class Keys {

	private Keys() {
	}

	/** Presses {@code key} (a character or an SWT key code) while holding {@code modifiers} (SWT.CTRL, SWT.SHIFT). */
	public static void press(Display display, int modifiers, int key) {
		for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyDown, modifier, '\0');
			}
		}
		post(display, SWT.KeyDown, key, (char) key);
		post(display, SWT.KeyUp, key, (char) key);
		for (int modifier : new int[] { SWT.ALT, SWT.SHIFT, SWT.CTRL }) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyUp, modifier, '\0');
			}
		}
		Screenshots.settle(display);
	}

	private static void post(Display display, int type, int key, char character) {
		Event event = new Event();
		event.type = type;
		// Keys without a printable character (Delete, Escape, Enter, F2, the modifiers) are posted by key code.
		if (key < 0x20 || key == SWT.DEL || (key & SWT.KEYCODE_BIT) != 0 || key == SWT.CTRL || key == SWT.SHIFT
				|| key == SWT.ALT) {
			event.keyCode = key;
		} else {
			event.character = character;
		}
		display.post(event);
	}
}
