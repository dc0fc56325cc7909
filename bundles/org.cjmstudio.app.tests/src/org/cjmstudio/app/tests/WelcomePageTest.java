package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cjmstudio.app.welcome.UserGuide;
import org.cjmstudio.app.welcome.Welcome;
import org.cjmstudio.app.welcome.WelcomeEditor;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A new user's first start shows the Welcome page; Help > Welcome shows it again. Its links open a sample map, start
 * the New Journey Map wizard and lead to the user guide that ships with the workbench.
 */
class WelcomePageTest {

	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	private final IWorkbenchPage page = window.getActivePage();

	@Test
	void theFirstStartShowedTheWelcomePageAndLaterStartsDoNot() {
		assertTrue(InstanceScope.INSTANCE.getNode("org.cjmstudio.app").getBoolean("welcome.shown", false),
				"this workspace's first start showed the Welcome page");
		page.closeAllEditors(false);
		Welcome.showOnFirstStart(page);
		assertEquals(0, page.getEditorReferences().length, "not again on a later start");
	}

	@Test
	void itsLinksOpenASampleMapTheNewMapWizardAndTheGuide() throws Exception {
		Menu help = Menus.ofMenuBar(window.getShell(), "Help");
		Menus.choose(Menus.item(help, "Welcome"));
		Menus.hide(help);
		IEditorPart welcome = page.getActiveEditor();
		assertEquals(WelcomeEditor.ID, welcome.getSite().getId());
		Screenshots.capture(window.getShell(), "welcome.png");
		List<Hyperlink> links = Widgets.all((Composite) welcome.getSite().getService(
				org.eclipse.e4.ui.model.application.ui.basic.MPart.class).getWidget(), Hyperlink.class);
		List<String> texts = links.stream().map(Hyperlink::getText).toList();
		assertTrue(texts.contains("Create a new journey map...") && texts.contains("Read the user guide"), texts.toString());

		Widgets.ExpectedDialog wizard = Widgets.whenShown(window.getShell().getDisplay(), "New Journey Map",
				shell -> Widgets.press(shell, "Cancel"));
		click(link(links, "Create a new journey map..."));
		wizard.assertHandled();

		click(links.stream().filter(link -> link.getText().startsWith("Buying from an online shop (B2C")).findFirst()
				.orElseThrow());
		assertEquals("b2c-online-shop.cjm", page.getActiveEditor().getTitle(), "the B2C sample opened");

		Path guide = Path.of(UserGuide.url().toURI());
		assertTrue(Files.isRegularFile(guide), guide.toString());
		Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(guide.toFile());
		assertEquals("CJM Studio User Guide", html.getElementsByTagName("title").item(0).getTextContent());
		page.closeAllEditors(false);
	}

	private static Hyperlink link(List<Hyperlink> links, String text) {
		return links.stream().filter(link -> link.getText().equals(text)).findFirst().orElseThrow();
	}

	/** A click on a hyperlink: the button goes down and up over it. */
	private static void click(Hyperlink link) {
		Event down = new Event();
		down.button = 1;
		down.x = 2;
		down.y = 2;
		link.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.button = 1;
		up.x = 2;
		up.y = 2;
		link.notifyListeners(SWT.MouseUp, up);
		Screenshots.settle(link.getDisplay());
	}
}
