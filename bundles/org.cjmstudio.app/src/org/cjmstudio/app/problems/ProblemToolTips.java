package org.cjmstudio.app.problems;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Our problem descriptions are sentences ("Assumption: barrier '...' in stage '...' cites no evidence. Link it to
 * ..."), longer than the Problems view's column. The view has no tool tips of its own, so this gives each row one
 * with the whole description and where the problem is, shown where the pointer rests.
 */
public final class ProblemToolTips implements IPartListener2 {

	private static final String INSTALLED = ProblemToolTips.class.getName();

	/**
	 * Adds tool tips to the window's Problems view now, if it has been created, and whenever it opens. Never creates
	 * the view: at start-up it is a tab behind Properties, and creating it (findView would) delayed the first paint.
	 */
	public static void install(IWorkbenchWindow window) {
		ProblemToolTips toolTips = new ProblemToolTips();
		window.getPartService().addPartListener(toolTips);
		IViewReference created = window.getActivePage() == null ? null
				: window.getActivePage().findViewReference(IPageLayout.ID_PROBLEM_VIEW);
		if (created != null) {
			toolTips.addTo(created.getView(false));
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		partVisible(reference);
	}

	@Override
	public void partVisible(IWorkbenchPartReference reference) {
		if (IPageLayout.ID_PROBLEM_VIEW.equals(reference.getId())) {
			addTo(reference.getPart(false) instanceof IViewPart view ? view : null);
		}
	}

	private void addTo(IViewPart problemsView) {
		MPart part = problemsView == null ? null : problemsView.getSite().getService(MPart.class);
		if (part != null && part.getWidget() instanceof Control control) {
			Tree tree = treeIn(control);
			if (tree != null && tree.getData(INSTALLED) == null) {
				tree.setData(INSTALLED, Boolean.TRUE);
				tree.addListener(SWT.MouseMove, event -> showFor(tree, event));
				tree.addListener(SWT.MouseExit, event -> tree.setToolTipText(null));
			}
		}
	}

	/** The text of the row under the pointer: its description in full, then its other columns (element, file). */
	static void showFor(Tree tree, Event event) {
		TreeItem item = tree.getItem(new Point(event.x, event.y));
		String text = null;
		if (item != null && item.getParentItem() != null) {
			StringBuilder lines = new StringBuilder(item.getText(0));
			for (int column = 1; column < Math.max(1, tree.getColumnCount()); column++) {
				String value = item.getText(column);
				if (!value.isBlank()) {
					lines.append('\n').append(tree.getColumn(column).getText()).append(": ").append(value);
				}
			}
			text = lines.toString();
		}
		if (!java.util.Objects.equals(text, tree.getToolTipText())) {
			tree.setToolTipText(text);
		}
	}

	private static Tree treeIn(Control control) {
		if (control instanceof Tree tree) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree tree = treeIn(child);
				if (tree != null) {
					return tree;
				}
			}
		}
		return null;
	}
}
