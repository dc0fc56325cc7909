package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.app.plugins.PluginFailureDialogs;
import org.cjmstudio.model.contributions.SwitchedOff;
import org.cjmstudio.testing.Widgets;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * When a plugin's validation rule fails on the validation thread, the workbench tells the user once, in a dialog that
 * names the plugin; the same failure again shows nothing.
 */
class PluginFailureDialogTest {

	@Test
	void aFailingRuleIsToldOnceInADialogNamingThePlugin() throws InterruptedException {
		Display display = PlatformUI.getWorkbench().getDisplay();
		String key = SwitchedOff.key("org.acme.broken", "org.cjmstudio.model.validationRules", "acme.always-fails");
		List<String> shown = new ArrayList<>();
		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, PluginFailureDialogs.TITLE, shell -> {
			shown.add(texts(shell));
			Widgets.click(Widgets.button(shell, IDialogConstants.OK_LABEL));
		});

		Thread validation = new Thread(() -> {
			for (int i = 0; i < 2; i++) {
				SwitchedOff.switchOffAndTell(key, "org.acme.broken", "the validation rule 'acme.always-fails'",
						new IllegalStateException("bug in the rule"));
			}
		}, "a validation thread");
		validation.start();
		validation.join();
		Widgets.waitUntil(display, () -> !shown.isEmpty(), 20, "the dialog");
		dialog.assertHandled();
		long until = System.currentTimeMillis() + 1_000;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}

		assertEquals(1, shown.size(), "told once");
		assertTrue(shown.get(0).contains("The validation rule 'acme.always-fails' of plugin 'org.acme.broken' failed "
				+ "(IllegalStateException: bug in the rule). It is switched off until CJM Studio restarts"),
				shown.get(0));
		assertTrue(SwitchedOff.isOff(key));
		for (Shell shell : display.getShells()) {
			assertTrue(shell.isDisposed() || !PluginFailureDialogs.TITLE.equals(shell.getText()), "no second dialog");
		}
	}

	private static String texts(Shell shell) {
		return String.join("\n", Widgets.all(shell, Label.class).stream().map(Label::getText).toList());
	}
}
