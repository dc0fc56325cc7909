package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colleague sends both sample maps as one TriG file; the user selects a project and runs File > Import > CJM
 * Studio > Journey maps from RDF: each map becomes a .cjm file named after its title and the first one opens. A file
 * that is not RDF, or maps whose files exist already, are refused on the page and nothing is written.
 */
class ImportRdfWizardTest {

	private static final String PROJECT = "rdf-import-wizard";
	private static final String WIZARD_ID = "org.cjmstudio.rdf.ui.importRdfWizard";

	private IWorkbench workbench;
	@TempDir
	Path folder;

	private IProject project;
	private IWorkbenchWizard wizard;
	private WizardDialog dialog;

	@BeforeEach
	void openTheWizardOnAnEmptyProject() throws Exception {
		workbench = PlatformUI.getWorkbench();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(null);
		project.open(null);
		wizard = workbench.getImportWizardRegistry().findWizard(WIZARD_ID).createWizard();
		wizard.init(workbench, new StructuredSelection(project));
		dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	void bothMapsOfATrigFileBecomeMapFilesAndTheFirstOpens() throws Exception {
		List<JourneyMap> samples = List.of(sample(SampleMap.B2B_ENTERPRISE_SOFTWARE), sample(SampleMap.B2C_ONLINE_SHOP));
		Path trig = folder.resolve("from-a-colleague.trig");
		RdfExport.write(samples, RdfFormat.TRIG, trig);

		assertEquals("/" + PROJECT, folderField().getText(), "the selected project is the folder");
		sourceField().setText(trig.toString());
		Shell shell = dialog.getShell();
		Screenshots.capture(shell, "import-rdf-wizard.png");
		finish();

		assertTrue(shell.isDisposed(), "the wizard closes after importing");
		IFile b2b = project.getFile("buying-a-customer-service-platform-b2b.cjm");
		IFile b2c = project.getFile("buying-a-rain-jacket-online-b2c-e-commerce.cjm");
		assertTrue(b2b.exists() && b2c.exists(), "one file per map, named after its title, in the workspace");
		assertTrue(EcoreUtil.equals(samples.get(0), MapFiles.load(b2b.getLocation().toFile().toPath())));
		assertTrue(EcoreUtil.equals(samples.get(1), MapFiles.load(b2c.getLocation().toFile().toPath())));
		IEditorPart editor = page().getActiveEditor();
		assertEquals(b2b.getName(), editor == null ? null : editor.getTitle(), "the first imported map by title is open");
	}

	@Test
	void aUjgFileEndingLikeJsonLdImportsOnceItsFormatIsChosen() throws Exception {
		Path ujg = folder.resolve("from-a-ujg-tool.jsonld");
		Formats.exporters().named("ujg").orElseThrow().write(List.of(sample(SampleMap.B2C_ONLINE_SHOP)), ujg);

		sourceField().setText(ujg.toString());
		Combo format = Widgets.all(dialog.getShell(), Combo.class).get(0);
		assertEquals("By the file's ending", format.getText(), "the format follows the file's ending unless chosen");
		int index = -1;
		for (int i = 0; i < format.getItemCount(); i++) {
			if (format.getItem(i).startsWith("UJG")) {
				index = i;
			}
		}
		assertTrue(index > 0, "UJG is among the formats: " + List.of(format.getItems()));
		format.select(index);
		format.notifyListeners(SWT.Selection, new Event());
		Shell shell = dialog.getShell();
		finish();

		assertTrue(shell.isDisposed(), "the wizard closes after importing");
		assertTrue(project.getFile("buying-a-rain-jacket-online-b2c-e-commerce.cjm").exists(),
				"the UJG document became a map file named after its title");
	}

	@Test
	void mapsWhoseFilesExistAreRefusedAndNothingIsWritten() throws Exception {
		IFile existing = WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, PROJECT);
		IFile renamed = project.getFile("buying-a-rain-jacket-online-b2c-e-commerce.cjm");
		existing.move(renamed.getFullPath(), true, null);
		byte[] before = Files.readAllBytes(renamed.getLocation().toFile().toPath());
		Path turtle = folder.resolve("jacket.ttl");
		RdfExport.write(List.of(sample(SampleMap.B2C_ONLINE_SHOP)), RdfFormat.TURTLE, turtle);

		sourceField().setText(turtle.toString());
		finish();

		assertFalse(dialog.getShell().isDisposed(), "the wizard stays open to choose another folder");
		assertTrue(page(wizard).getErrorMessage().contains("exist(s) already"), page(wizard).getErrorMessage());
		assertArrayEquals(before, Files.readAllBytes(renamed.getLocation().toFile().toPath()),
				"the existing map is untouched");
	}

	@Test
	void aFileThatIsNotRdfIsRefusedOnThePage() throws Exception {
		Path notRdf = folder.resolve("notes.ttl");
		Files.writeString(notRdf, "these are meeting notes, not Turtle");

		sourceField().setText(notRdf.toString());
		finish();

		assertFalse(dialog.getShell().isDisposed());
		assertTrue(page(wizard).getErrorMessage().contains("Not valid Turtle"), page(wizard).getErrorMessage());
		assertEquals(List.of(), Arrays.stream(project.members()).map(IResource::getName)
				.filter(name -> name.endsWith(".cjm")).toList(), "no map was written");
	}

	@Test
	void thePageSaysWhatIsMissing() throws Exception {
		assertFalse(wizard.canFinish());
		assertEquals("Choose the file to import.", page(wizard).getErrorMessage());

		Path notes = Files.writeString(folder.resolve("notes.txt"), "text");
		sourceField().setText(notes.toString());
		assertTrue(page(wizard).getErrorMessage().startsWith("The file does not end like a file CJM Studio imports"));

		sourceField().setText(folder.resolve("missing.ttl").toString());
		assertTrue(page(wizard).getErrorMessage().endsWith("does not exist."));
	}

	private JourneyMap sample(SampleMap sample) throws Exception {
		Path file = folder.resolve(sample.name() + ".cjm");
		try (InputStream in = sample.open()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return MapFiles.load(file);
	}

	private IWorkbenchPage page() {
		return workbench.getActiveWorkbenchWindow().getActivePage();
	}

	private static IWizardPage page(IWorkbenchWizard wizard) {
		return wizard.getPages()[0];
	}

	private Text sourceField() {
		return fields().get(0);
	}

	private Text folderField() {
		return fields().get(1);
	}

	private List<Text> fields() {
		return Widgets.inputFields(dialog.getShell());
	}

	private void finish() {
		Widgets.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);
	}
}
