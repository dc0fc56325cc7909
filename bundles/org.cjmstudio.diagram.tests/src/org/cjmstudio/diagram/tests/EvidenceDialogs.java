package org.cjmstudio.diagram.tests;

import java.io.IOException;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.cjmstudio.testing.CheckboxTrees;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;

/** Drives the Link Evidence dialog's tree and filter with the events a mouse and keyboard send. */
final class EvidenceDialogs {

	private EvidenceDialogs() {
	}

	static Tree tree(Shell dialog) {
		return Widgets.all(dialog, Tree.class).get(0);
	}

	static Text filter(Shell dialog) {
		return Widgets.all(dialog, Text.class).stream().filter(text -> (text.getStyle() & SWT.SEARCH) != 0)
				.findFirst().orElseThrow(() -> new AssertionError("no filter box"));
	}

	/** Every item of the tree, expanded the way a click on each arrow expands it. */
	static List<TreeItem> allItems(Tree tree) {
		return CheckboxTrees.allItems(tree);
	}

	static List<String> labels(Tree tree) {
		return CheckboxTrees.labels(tree);
	}

	static TreeItem item(Tree tree, String startingWith) {
		return CheckboxTrees.item(tree, startingWith);
	}

	/**
	 * Rests the pointer on an item (the hover event SWT sends) and returns the text of the tool tip that opens,
	 * or null when none does.
	 */
	static String toolTipOf(Tree tree, TreeItem item) {
		Display display = tree.getDisplay();
		tree.setTopItem(item);
		Screenshots.settle(display); // GTK scrolls later
		Rectangle bounds = item.getBounds();
		Event hover = new Event();
		hover.x = bounds.x + Math.min(40, bounds.width / 2);
		hover.y = bounds.y + bounds.height / 2;
		if (tree.getItem(new Point(hover.x, hover.y)) != item) {
			throw new AssertionError("the pointer would not rest on '" + item.getText() + "' at " + bounds);
		}
		tree.notifyListeners(SWT.MouseMove, hover);
		tree.notifyListeners(SWT.MouseHover, hover);
		while (display.readAndDispatch()) {
			// let the tool tip open
		}
		String text = null;
		for (Shell shell : display.getShells()) {
			if (shell.isVisible() && shell.getParent() == tree.getShell()) {
				for (CLabel label : Widgets.all(shell, CLabel.class)) {
					text = label.getText();
				}
			}
		}
		tree.notifyListeners(SWT.MouseExit, hover);
		return text;
	}

	/**
	 * Saves a picture of a dialog as it draws itself ({@link Shell#print}): a screen capture under Xvfb, which has
	 * no window manager, would also show what lies around the dialog.
	 */
	static void picture(Shell shell, String fileName) {
		Screenshots.settle(shell.getDisplay());
		org.eclipse.swt.graphics.Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Screenshots.outputDirectory().resolve(fileName).toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new AssertionError("could not save " + fileName, e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Ticks or unticks an item as a click on its check box does. */
	static void tick(Tree tree, TreeItem item, boolean ticked) {
		CheckboxTrees.tick(tree, item, ticked);
	}
}
