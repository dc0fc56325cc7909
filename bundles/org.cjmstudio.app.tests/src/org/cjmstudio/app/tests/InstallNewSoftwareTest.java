package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Widgets;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A modeller installs a plugin the Eclipse way: Help > Install New Software... opens the Install wizard, where
 * "Work with" and Add... take an update site (a folder or a zip); Help > Installation Details lists what is
 * installed. Without an installed profile p2 only says "not configured for Software Updates", so the test
 * runtime gets an empty one first (the product has its own, written by the build); its name is eclipse.p2.profile
 * in this bundle's pom.
 */
class InstallNewSoftwareTest {

	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

	@BeforeAll
	static void theInstallationHasAProfile() throws ProvisionException {
		String profile = System.getProperty("eclipse.p2.profile");
		assertNotNull(profile, "eclipse.p2.profile is not set for the test runtime (see the pom)");
		IProvisioningAgent agent = ProvisioningUI.getDefaultUI().getSession().getProvisioningAgent();
		IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
		if (profiles.getProfile(profile) == null) {
			profiles.addProfile(profile);
		}
	}

	@Test
	void theHelpMenuOffersInstallUpdateAndInstallationDetails() {
		Menu help = Menus.ofMenuBar(window.getShell(), "Help");
		try {
			List<String> labels = Menus.labels(help);
			for (String entry : List.of("Check for Updates", "Install New Software...", "Installation Details")) {
				assertTrue(labels.contains(entry), "no '" + entry + "' in Help: " + labels);
			}
			assertTrue(labels.indexOf("Install New Software...") < labels.indexOf("Installation Details"),
					"Installation Details follows Install New Software...: " + labels);
		} finally {
			Menus.hide(help);
		}
	}

	@Test
	void installNewSoftwareOpensTheInstallWizardOnAvailableSoftware() {
		Widgets.ExpectedDialog wizard = Widgets.whenShown(window.getShell().getDisplay(), "Install", shell -> {
			assertTrue(labels(shell).contains("Work with:"), "the wizard asks which site to work with: " + labels(shell));
			Widgets.button(shell, "Add...");
			Widgets.button(shell, "Manage...");
			Widgets.press(shell, "Cancel");
		});
		chooseFromHelp("Install New Software...");
		wizard.assertHandled();
	}

	@Test
	void installationDetailsListsTheInstalledSoftware() {
		Widgets.ExpectedDialog details = Widgets.whenShown(window.getShell().getDisplay(),
				"CJM Studio Installation Details", shell -> {
					List<String> tabs = Widgets.all(shell, CTabFolder.class).stream()
							.flatMap(folder -> List.of(folder.getItems()).stream()).map(CTabItem::getText).toList();
					assertTrue(tabs.contains("Installed Software"), "tabs: " + tabs);
					assertTrue(tabs.contains("Installation History"), "tabs: " + tabs);
					shell.close();
				});
		chooseFromHelp("Installation Details");
		details.assertHandled();
	}

	private void chooseFromHelp(String entry) {
		Menu help = Menus.ofMenuBar(window.getShell(), "Help");
		try {
			Menus.choose(Menus.item(help, entry));
		} finally {
			Menus.hide(help);
		}
	}

	private static List<String> labels(Shell shell) {
		return Widgets.all(shell, Label.class).stream().map(label -> label.getText().replace("&", "")).toList();
	}
}
