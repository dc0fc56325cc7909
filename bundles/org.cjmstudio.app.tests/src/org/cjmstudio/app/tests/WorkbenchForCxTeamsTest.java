package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

/**
 * A CX analyst, not a programmer, uses the workbench: it says its own name everywhere, offers no Eclipse IDE
 * leftovers (Team, Compare With, line delimiters), lists its own views under Window > Show View and answers the
 * keys such a user knows (Ctrl+Y redoes).
 */
class WorkbenchForCxTeamsTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();

	@Test
	void helpAboutAndTheWindowClassSayCjmStudio() throws Exception {
		assertEquals("CJM Studio", Platform.getProduct().getName());
		assertEquals("CJM Studio", Display.getAppName(), "the window class the desktop shows");

		Widgets.ExpectedDialog about = Widgets.whenShown(workbench.getDisplay(), "About CJM Studio", Shell::close);
		workbench.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
		about.assertHandled();
	}

	@Test
	void theFileMenuHasNoLineDelimiterConversion() {
		Menu file = Menus.ofMenuBar(window.getShell(), "File");
		try {
			assertFalse(Menus.labels(file).stream().anyMatch(label -> label.contains("Line Delimiters")),
					Menus.labels(file).toString());
		} finally {
			Menus.hide(file);
		}
	}

	@Test
	void aProjectsContextMenuHasNoVersionControlEntries() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("context-menu");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		CommonNavigator explorer = (CommonNavigator) window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().refresh();
		explorer.getCommonViewer().setSelection(new StructuredSelection(project), true);
		Tree tree = explorer.getCommonViewer().getTree();
		Menu menu = Menus.shown(tree.getMenu());
		try {
			List<String> labels = Menus.labels(menu);
			assertTrue(labels.contains("Properties") || labels.contains("Refresh"), "the menu was filled: " + labels);
			for (String leftover : List.of("Team", "Compare With", "Replace With")) {
				assertFalse(labels.contains(leftover), leftover + " in " + labels);
			}
		} finally {
			Menus.hide(menu);
		}
	}

	@Test
	void theExportListHasNoTeamCategory() {
		List<String> categories = Arrays.stream(workbench.getExportWizardRegistry().getRootCategory()
				.getCategories()).filter(category -> !org.eclipse.ui.activities.WorkbenchActivityHelper
						.filterItem(category))
				.map(category -> category.getLabel()).toList();
		assertTrue(categories.contains("CJM Studio"), categories.toString());
		assertFalse(categories.contains("Team"), categories.toString());
	}

	@Test
	void windowShowViewListsTheViewsOfAJourneyMapTeam() {
		Menu windowMenu = Menus.ofMenuBar(window.getShell(), "Window");
		try {
			Menu showView = Menus.shown(Menus.item(windowMenu, "Show View").getMenu());
			List<String> views = Menus.labels(showView);
			assertTrue(views.containsAll(List.of("Project Explorer", "Outline", "Properties", "Problems", "SPARQL",
					"Research", "Other...")), views.toString());
			Menus.hide(showView);
		} finally {
			Menus.hide(windowMenu);
		}
	}

	@Test
	void ctrlYRedoesAsOnEveryOtherDesktop() {
		// The bindings of the active scheme, whatever shell has the focus: getActiveBindingsFor() answers only for
		// the contexts of the active shell, and under Xvfb (no window manager) the workbench window does not take
		// the focus back from a dialog an earlier test closed. PropertiesAndUndoFollowEveryChangeTest presses a
		// real Ctrl+Y in the editor.
		IBindingService bindings = workbench.getService(IBindingService.class);
		assertEquals("org.cjmstudio.app.keys", bindings.getActiveScheme().getId());
		List<String> keys = Arrays.stream(bindings.getBindings())
				.filter(binding -> binding.getParameterizedCommand() != null
						&& "org.eclipse.ui.edit.redo".equals(binding.getParameterizedCommand().getId())
						&& "org.cjmstudio.app.keys".equals(binding.getSchemeId()))
				.map(binding -> binding.getTriggerSequence().format()).toList();
		assertTrue(keys.contains("Ctrl+Y"), "redo is bound to " + keys);
	}
}
