package org.cjmstudio.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens menus the way a click does (the workbench fills them when they are shown) and reads them as a user reads
 * them: by label, without mnemonics and shortcuts.
 */
public final class Menus {

	private Menus() {
	}

	/** The menu under {@code label} of the window's menu bar, filled as when it drops down. */
	public static Menu ofMenuBar(Shell window, String label) {
		return shown(item(window.getMenuBar(), label).getMenu());
	}

	/** Lets the menu's owner fill it, as when it opens. Call {@link #hide(Menu)} afterwards. */
	public static Menu shown(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		return menu;
	}

	public static void hide(Menu menu) {
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/** The labels of the menu's visible entries, e.g. "Undo Rename Touchpoint" for "&Undo Rename Touchpoint\tCtrl+Z". */
	public static List<String> labels(Menu menu) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				labels.add(label(item));
			}
		}
		return labels;
	}

	/** The entry labelled {@code label}; fails when there is none. */
	public static MenuItem item(Menu menu, String label) {
		for (MenuItem item : menu.getItems()) {
			if (label(item).equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no menu entry '" + label + "' in " + labels(menu));
	}

	/** The first entry whose label starts with {@code prefix} (e.g. "Undo"); fails when there is none. */
	public static MenuItem itemStartingWith(Menu menu, String prefix) {
		for (MenuItem item : menu.getItems()) {
			if (label(item).startsWith(prefix)) {
				return item;
			}
		}
		throw new AssertionError("no menu entry starting with '" + prefix + "' in " + labels(menu));
	}

	/** Chooses the entry, as a click on it does. */
	public static void choose(MenuItem item) {
		item.notifyListeners(SWT.Selection, new Event());
	}

	private static String label(MenuItem item) {
		return item.getText().replace("&", "").split("\t")[0];
	}
}
