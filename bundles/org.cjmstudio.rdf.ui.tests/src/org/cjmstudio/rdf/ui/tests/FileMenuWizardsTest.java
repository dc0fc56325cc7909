package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.testing.Widgets;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user opens File > Import... or File > Export... and finds CJM Studio's RDF wizard in the list. */
class FileMenuWizardsTest {

	@ParameterizedTest(name = "File > {0} lists {2}")
	@CsvSource({ "Import...,Import,Journey maps", "Export...,Export,Journey maps" })
	void theFileMenuOpensTheWizardListWithOurWizard(String menuEntry, String dialogTitle, String wizardName) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Menu fileMenu = fileMenu(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		fileMenu.notifyListeners(SWT.Show, new Event());
		MenuItem entry = item(fileMenu, menuEntry);

		List<String> listed = new ArrayList<>();
		Widgets.ExpectedDialog wizardList = Widgets.whenShown(display, dialogTitle, dialog -> {
			listed.addAll(wizardsUnderCjmStudio(Widgets.all(dialog, Tree.class).get(0)));
			Widgets.click(Widgets.button(dialog, IDialogConstants.CANCEL_LABEL));
		});
		entry.notifyListeners(SWT.Selection, new Event());
		fileMenu.notifyListeners(SWT.Hide, new Event());

		wizardList.assertHandled();

		assertTrue(listed.contains(wizardName), "under CJM Studio the " + dialogTitle + " list shows " + listed);
	}

	private static Menu fileMenu(Shell window) {
		return item(window.getMenuBar(), "File").getMenu();
	}

	/** The item whose label, without mnemonic and shortcut, is {@code label}. */
	private static MenuItem item(Menu menu, String label) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").split("\t")[0].equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no menu item '" + label + "'");
	}

	/** Expands the "CJM Studio" category the way a click on its arrow does, and returns the wizards under it. */
	private static List<String> wizardsUnderCjmStudio(Tree tree) {
		for (TreeItem category : tree.getItems()) {
			if (category.getText().equals("CJM Studio")) {
				Event expand = new Event();
				expand.item = category;
				tree.notifyListeners(SWT.Expand, expand);
				category.setExpanded(true);
				return List.of(category.getItems()).stream().map(TreeItem::getText).toList();
			}
		}
		return List.of();
	}
}
