package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.research.ui.view.ResearchView;
import org.cjmstudio.testing.Keys;
import org.cjmstudio.testing.Menus;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Drives the Research view as an analyst does: opens a map in the map editor, clicks the view's toolbar buttons and
 * context menu items, types names and keys, and reads the rows of the tree.
 */
final class ResearchDriver {

	final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	final Display display = page.getWorkbenchWindow().getShell().getDisplay();
	JourneyMapEditor editor;
	ResearchView view;

	/** A new map with the six standard stages and no research, written into project {@code projectName}. */
	static IFile newMap(String projectName, String title) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(title.toLowerCase().replace(' ', '-') + ".cjm");
		JourneyMap map = JourneyMapTemplates.newStandardMap(title);
		MapFiles.save(map, Path.of(file.getLocationURI()));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	ResearchDriver open(IFile file) throws PartInitException {
		editor = (JourneyMapEditor) IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		view = (ResearchView) page.showView(ResearchView.ID);
		drain();
		return this;
	}

	JourneyMap map() {
		return editor.getMap();
	}

	CommandStack stack() {
		return editor.getEditingDomain().getCommandStack();
	}

	void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		stack().execute(command);
		drain();
	}

	/** Runs the event loop a little: enough for the view's refresh after a change, much less than a second. */
	void drain() {
		long until = System.currentTimeMillis() + 150;
		while (System.currentTimeMillis() < until) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
			display.timerExec(20, () -> { });
			display.sleep();
		}
	}

	/** Makes the view the active part with the keyboard focus in its tree, as a click into it does. */
	void focusTree() {
		page.activate(view);
		page.getWorkbenchWindow().getShell().forceActive();
		view.tree().getTree().setFocus();
		drain();
	}

	/** Clicks the view's toolbar button with this tool tip or label. */
	void clickToolbar(String label) {
		ToolBar toolBar = toolBarOfView();
		for (ToolItem item : toolBar.getItems()) {
			if (item.getData() instanceof ActionContributionItem contribution
					&& label.equals(contribution.getAction().getText())) {
				assertTrue(item.isEnabled(), label + " is disabled");
				item.notifyListeners(SWT.Selection, new Event());
				drain();
				return;
			}
		}
		throw new AssertionError("no toolbar button " + label + " in " + toolbarLabels());
	}

	List<String> toolbarLabels() {
		List<String> labels = new ArrayList<>();
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem contribution) {
				labels.add(contribution.getAction().getText());
			}
		}
		return labels;
	}

	private ToolBar toolBarOfView() {
		view.getViewSite().getActionBars().getToolBarManager().update(true);
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem contribution) {
				ToolBar bar = findToolBarHolding(page.getWorkbenchWindow().getShell(), contribution);
				if (bar != null) {
					return bar;
				}
			}
		}
		throw new AssertionError("the Research view's toolbar is not shown");
	}

	private static ToolBar findToolBarHolding(Control control, ActionContributionItem contribution) {
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (item.getData() == contribution) {
					return bar;
				}
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				ToolBar found = findToolBarHolding(child, contribution);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The labels of the tree's context menu, for what is selected now. */
	List<String> contextMenu() {
		Menu menu = Menus.shown(view.tree().getTree().getMenu());
		try {
			return Menus.labels(menu);
		} finally {
			Menus.hide(menu);
		}
	}

	/** Chooses an item of the tree's context menu. */
	void chooseFromContextMenu(String label) {
		Menu menu = Menus.shown(view.tree().getTree().getMenu());
		try {
			MenuItem item = Menus.item(menu, label);
			assertTrue(item.isEnabled(), label + " is disabled");
			Menus.choose(item);
		} finally {
			Menus.hide(menu);
		}
		drain();
	}

	/** The text box of a rename in place, which must be open. */
	Text renameBox() {
		for (Control child : view.tree().getTree().getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no name is open for typing");
	}

	/** Types {@code name} over the open name and presses Enter. */
	void typeName(String name) {
		Text box = renameBox();
		assertTrue(box.isFocusControl(), "the name box has the focus");
		box.setText(name);
		box.selectAll();
		Keys.press(display, 0, SWT.CR);
	}

	void press(int modifiers, int key) {
		Keys.press(display, modifiers, key);
	}

	/** The rows of the tree, indented by depth, every level expanded. */
	List<String> rows() {
		view.tree().expandAll();
		List<String> rows = new ArrayList<>();
		collect(view.tree().getTree().getItems(), "", rows);
		return rows;
	}

	private static void collect(TreeItem[] items, String indent, List<String> rows) {
		for (TreeItem item : items) {
			rows.add(indent + item.getText());
			collect(item.getItems(), indent + "  ", rows);
		}
	}

	/** The label of the tree row that shows {@code element}. */
	String rowOf(Object element) {
		view.tree().expandAll();
		TreeItem item = find(view.tree().getTree().getItems(), element);
		assertNotNull(item, "no row for " + element);
		return item.getText();
	}

	private static TreeItem find(TreeItem[] items, Object element) {
		for (TreeItem item : items) {
			if (item.getData() == element) {
				return item;
			}
			TreeItem found = find(item.getItems(), element);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	Object selected() {
		return view.tree().getStructuredSelection().getFirstElement();
	}

	void assertSelected(Object element) {
		assertEquals(element, selected(), "the selected row");
	}

	Tree tree() {
		return view.tree().getTree();
	}

	void close() {
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		drain();
	}
}
