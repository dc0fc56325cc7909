package org.cjmstudio.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree of check boxes (Link Evidence...) as a user works it: expanding every row, finding one, ticking it. */
public final class CheckboxTrees {

	private CheckboxTrees() {
	}

	/** Every row of the tree, expanded the way a click on each arrow expands it (the viewer creates children then). */
	public static List<TreeItem> allItems(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(tree, item, items);
		}
		return items;
	}

	private static void collect(Tree tree, TreeItem item, List<TreeItem> items) {
		items.add(item);
		if (item.getItemCount() > 0) {
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				collect(tree, child, items);
			}
		}
	}

	public static List<String> labels(Tree tree) {
		return allItems(tree).stream().map(TreeItem::getText).toList();
	}

	/** The first row whose label starts with {@code startingWith}; fails naming every row when there is none. */
	public static TreeItem item(Tree tree, String startingWith) {
		return allItems(tree).stream().filter(item -> item.getText().startsWith(startingWith)).findFirst()
				.orElseThrow(() -> new AssertionError("no item '" + startingWith + "' in " + labels(tree)));
	}

	/** Ticks or unticks a row as a click on its check box does. */
	public static void tick(Tree tree, TreeItem item, boolean ticked) {
		item.setChecked(ticked);
		Event click = new Event();
		click.item = item;
		click.detail = SWT.CHECK;
		tree.notifyListeners(SWT.Selection, click);
	}
}
