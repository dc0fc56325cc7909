package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.app.wizards.NewJourneyMapWizard;
import org.cjmstudio.model.templates.InstalledTemplate;
import org.cjmstudio.model.templates.InstalledTemplates;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Given a plugin whose template throws (this test bundle's plugin.xml), the user who picks it and presses Finish is
 * told which template of which plugin failed; no file is written, the wizard stays open with that template greyed out
 * and another chosen, and the next wizard does not offer it.
 */
class FailingTemplateInTheWizardTest {

	private static final String FAILING = "Fails in the wizard (test plugin)";

	@Test
	void aFailingTemplateIsToldWritesNothingAndIsSwitchedOff() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("failing-template");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		NewJourneyMapWizard wizard = new NewJourneyMapWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		StringBuilder told = new StringBuilder();
		try {
			Widgets.inputFields(dialog.getShell()).get(1).setText("broken.cjm");
			List<Button> choices = radios(dialog.getShell());
			choices.forEach(choice -> choice.setSelection(choice.getText().equals(FAILING)));
			Widgets.ExpectedDialog error = Widgets.whenShown(window.getShell().getDisplay(),
					"Could not create the map", shell -> {
						Widgets.all(shell, Label.class).forEach(label -> told.append(label.getText()));
						Widgets.press(shell, "OK");
					});

			assertFalse(wizard.performFinish(), "the wizard stays open");
			error.assertHandled();

			Button failing = choices.stream().filter(choice -> choice.getText().equals(FAILING)).findFirst()
					.orElseThrow();
			assertFalse(failing.getEnabled(), "greyed out");
			assertFalse(failing.getSelection());
			assertTrue(choices.get(0).getSelection(), "the first template is chosen instead");
		} finally {
			dialog.close();
		}
		assertTrue(told.toString().contains("The template '" + FAILING + "' of plugin 'org.cjmstudio.app.tests' failed"),
				told.toString());
		assertTrue(told.toString().contains("its stage list was never loaded"), told.toString());
		assertFalse(project.getFile("broken.cjm").exists(), "nothing written");
		assertFalse(InstalledTemplates.installed().stream().map(InstalledTemplate::name).toList().contains(FAILING),
				"not offered again until CJM Studio restarts");
	}

	private static List<Button> radios(Shell shell) {
		return Widgets.all(shell, Button.class).stream().filter(button -> (button.getStyle() & SWT.RADIO) != 0)
				.toList();
	}
}
