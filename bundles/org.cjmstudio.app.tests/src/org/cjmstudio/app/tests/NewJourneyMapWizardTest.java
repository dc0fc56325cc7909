package org.cjmstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.app.wizards.NewJourneyMapWizard;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Given a project selected in the Project Explorer, File > New > Journey Map creates a map file from the standard
 * stages and opens it; a name that exists already is refused, so nothing is ever overwritten.
 */
class NewJourneyMapWizardTest {

	@Test
	void aNewMapFromTheStandardStagesIsWrittenAndOpened() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-map-wizard");
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
		try {
			List<Text> fields = Widgets.inputFields(dialog.getShell());
			assertEquals("/new-map-wizard", fields.get(0).getText(), "the selected project is the folder");
			fields.get(1).setText("bike-shop.cjm");
			fields.get(2).setText("Buying a bike");
			Screenshots.capture(dialog.getShell(), "new-journey-map-wizard.png");

			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("bike-shop.cjm");
		assertTrue(file.exists());
		JourneyMap map = MapFiles.load(file.getLocation().toFile().toPath());
		assertEquals("Buying a bike", map.getTitle());
		assertEquals(6, map.getStages().size(), "the standard six stages");
		IEditorPart editor = window.getActivePage().getActiveEditor();
		assertEquals("bike-shop.cjm", editor.getTitle(), "the new map is open");
		window.getActivePage().closeEditor(editor, false);

		NewJourneyMapWizard again = new NewJourneyMapWizard();
		again.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog second = new WizardDialog(window.getShell(), again);
		second.setBlockOnOpen(false);
		second.open();
		try {
			Widgets.inputFields(second.getShell()).get(1).setText("bike-shop.cjm");
			assertFalse(again.canFinish(), "an existing file is never overwritten");
		} finally {
			second.close();
		}
	}
}
