package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cjmstudio.app.welcome.UserGuide;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A modeller looks for help: Help &gt; User Guide opens the guide that ships with the workbench in the web browser.
 * The guide covers drawing a map, personas, research and evidence, linking evidence, exporting pictures and RDF, team
 * repositories and plugins, and every menu path it names (File &gt; Share Map..., Window &gt; Show View &gt;
 * Research, ...) is one the workbench really has, with a map open.
 */
class UserGuideFromTheHelpMenuTest {

	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

	@AfterEach
	void closeTheMap() {
		window.getActivePage().closeAllEditors(false);
	}

	@Test
	void helpUserGuideOpensTheGuideThatShipsWithTheWorkbench() throws Exception {
		Menu help = Menus.ofMenuBar(window.getShell(), "Help");
		try {
			List<String> labels = Menus.labels(help);
			assertEquals(labels.indexOf("Welcome") + 1, labels.indexOf("User Guide"), labels.toString());
			RecordingBrowserSupport.OPENED.clear();
			Menus.choose(Menus.item(help, "User Guide"));
		} finally {
			Menus.hide(help);
		}
		Screenshots.settle(window.getShell().getDisplay());

		assertEquals(List.of(UserGuide.url().toString()),
				RecordingBrowserSupport.OPENED.stream().map(URL::toString).toList(), "the guide, in the browser");
		Path guide = Path.of(RecordingBrowserSupport.OPENED.get(0).toURI());
		assertTrue(Files.isRegularFile(guide), guide.toString());
		Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(guide.toFile());
		assertEquals("CJM Studio User Guide", html.getElementsByTagName("title").item(0).getTextContent());
		assertEquals(List.of("Getting started", "Drawing a map", "Personas", "Research and evidence",
				"Linking evidence to cards", "Exporting images and RDF", "Connecting to a team repository",
				"Installing a plugin"), texts(html.getElementsByTagName("h2")));
	}

	@Test
	void everyMenuPathTheGuideNamesIsInTheWorkbench() throws Exception {
		IFile map = WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "user-guide-menus");
		IWorkbenchPage page = window.getActivePage();
		IDE.openEditor(page, map, true); // the map editor's own entries (Edit > Add Persona, ...) show with a map open
		Screenshots.settle(window.getShell().getDisplay());
		Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(Path.of(UserGuide.url().toURI()).toFile());

		List<String> paths = texts(html.getElementsByTagName("b")).stream()
				.filter(text -> text.matches("(File|Edit|Window|Help) > .+")).distinct().toList();
		assertTrue(paths.size() >= 15, "the guide names the menus it means: " + paths);
		List<String> missing = new ArrayList<>();
		for (String path : paths) {
			if (!inTheMenuBar(Arrays.asList(path.split(" > ")))) {
				missing.add(path);
			}
		}
		assertEquals(List.of(), missing, "menu paths the guide names that the workbench does not have");
	}

	/**
	 * Follows the path from the menu bar as far as menus go (File &gt; Export... opens a wizard, whose page names the
	 * rest); the last entry may carry more words, as "Undo" is "Undo Rename Touchpoint".
	 */
	private boolean inTheMenuBar(List<String> path) {
		Menu menu = Menus.ofMenuBar(window.getShell(), path.get(0));
		try {
			for (int i = 1; i < path.size(); i++) {
				MenuItem item = entry(menu, path.get(i));
				if (item == null) {
					return false;
				}
				if (item.getMenu() == null) {
					return true;
				}
				Menu submenu = Menus.shown(item.getMenu());
				Menus.hide(menu);
				menu = submenu;
			}
			return true;
		} finally {
			Menus.hide(menu);
		}
	}

	private static MenuItem entry(Menu menu, String label) {
		List<String> labels = Menus.labels(menu);
		if (labels.contains(label)) {
			return Menus.item(menu, label);
		}
		return labels.stream().anyMatch(shown -> shown.startsWith(label + " ")) ? Menus.itemStartingWith(menu, label)
				: null;
	}

	private static List<String> texts(NodeList nodes) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().replaceAll("\\s+", " ").strip());
		}
		return texts;
	}
}
