package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.ui.export.ExportRdfJob;
import org.cjmstudio.rdf.ui.export.ExportRdfWizard;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given both samples in a project that is selected, the user opens File > Export > CJM Studio > Journey maps as
 * RDF: the project's maps are ticked, the page says what is missing, choosing a format fixes the file's extension,
 * Finish exports in the background, and an existing file is replaced only when the user says so.
 */
class ExportRdfWizardTest {

	private static final String PROJECT = "rdf-export-wizard";
	private static final String WIZARD_ID = "org.cjmstudio.rdf.ui.exportRdfWizard";

	private final List<ExportRdfJob> finishedExports = new CopyOnWriteArrayList<>();
	private final IJobChangeListener exportWatcher = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof ExportRdfJob export) {
				finishedExports.add(export);
			}
		}
	};

	@TempDir
	Path folder;

	private Display display;
	private IWorkbenchWizard wizard;
	private WizardDialog dialog;

	@BeforeEach
	void openTheWizardOnAProjectWithBothSamples() throws Exception {
		WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, PROJECT);
		WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, PROJECT);
		Job.getJobManager().addJobChangeListener(exportWatcher);

		IWorkbench workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		wizard = workbench.getExportWizardRegistry().findWizard(WIZARD_ID).createWizard();
		wizard.init(workbench, new StructuredSelection(ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT)));
		dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void closeEverything() throws Exception {
		Job.getJobManager().removeJobChangeListener(exportWatcher);
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).delete(true, null);
	}

	@Test
	void theProjectsMapsAreTickedAndThePageAsksForTheFile() {
		assertEquals(2, Arrays.stream(mapList().getItems()).filter(TableItem::getChecked).count());
		assertFalse(wizard.canFinish());
		assertEquals("Choose the file to write.", page().getErrorMessage());
	}

	@Test
	void untickingEveryMapDisablesFinish() {
		targetField().setText(folder.resolve("maps.ttl").toString());
		assertTrue(wizard.canFinish());

		for (TableItem item : mapList().getItems()) {
			untick(item);
		}

		assertFalse(wizard.canFinish());
		assertEquals("Tick at least one map to export.", page().getErrorMessage());
	}

	@Test
	void choosingJsonLdFixesTheExtensionAndFinishExportsBothMaps() throws Exception {
		targetField().setText(folder.resolve("maps.ttl").toString());

		choose(RdfFormat.JSON_LD);
		Path target = folder.resolve("maps.jsonld");
		assertEquals(target.toString(), targetField().getText());
		Shell shell = dialog.getShell();
		Screenshots.capture(shell, "export-rdf-wizard.png");

		ExportMessage done = expectExportMessage();
		finish();

		assertTrue(shell.isDisposed(), "the wizard closes and the export goes on in the background");
		assertTrue(awaitExport(target, done).isOK());
		assertEquals(2, importedMaps(target, RdfFormat.JSON_LD).size());
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
		Path target = folder.resolve("maps.ttl");
		Files.writeString(target, "# somebody's notes");
		targetField().setText(target.toString());

		Widgets.ExpectedDialog question = Widgets.answerWhenShown(display, "Replace file?", IDialogConstants.NO_LABEL);
		finish();
		question.assertHandled();
		assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(),
				"after No the wizard stays open to choose another file");
		assertEquals("# somebody's notes", Files.readString(target));

		question = Widgets.answerWhenShown(display, "Replace file?", IDialogConstants.YES_LABEL);
		ExportMessage done = expectExportMessage();
		finish();
		question.assertHandled();
		assertTrue(awaitExport(target, done).isOK());
		assertEquals(2, importedMaps(target, RdfFormat.TURTLE).size());
	}

	private IWizardPage page() {
		return wizard.getPages()[0];
	}

	private Table mapList() {
		return Widgets.all(dialog.getShell(), Table.class).get(0);
	}

	private Text targetField() {
		return Widgets.inputFields(dialog.getShell()).get(0);
	}

	private void choose(RdfFormat format) {
		Combo formats = Widgets.all(dialog.getShell(), Combo.class).get(0);
		formats.select(format.ordinal());
		formats.notifyListeners(SWT.Selection, new Event());
	}

	/** What a click in an item's check box sends: the viewer hears it as a check state change. */
	private static void untick(TableItem item) {
		item.setChecked(false);
		Event click = new Event();
		click.item = item;
		click.detail = SWT.CHECK;
		item.getParent().notifyListeners(SWT.Selection, click);
	}

	private void finish() {
		Widgets.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);
	}

	/** The message that names the written file, and the handler that will read and close it. */
	private record ExportMessage(Widgets.ExpectedDialog dialog, List<String> text) {
	}

	/**
	 * Arms the handler for the export's closing message. Call it before Finish: on a busy machine the export can be
	 * done while Finish is still being processed, and the message would then block the test in its own event loop.
	 */
	private ExportMessage expectExportMessage() {
		List<String> text = new CopyOnWriteArrayList<>();
		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, ExportRdfWizard.DONE_TITLE, shell -> {
			Widgets.all(shell, Label.class).forEach(label -> text.add(label.getText()));
			Widgets.press(shell, IDialogConstants.OK_LABEL);
		});
		return new ExportMessage(dialog, text);
	}

	/** Waits for the background export and the message that names the file it wrote. */
	private IStatus awaitExport(Path target, ExportMessage done) {
		Widgets.waitUntil(display, () -> !finishedExports.isEmpty(), 60, "the export job");
		Widgets.waitUntil(display, () -> !done.text().isEmpty(), 20, "the message that the maps were exported");
		done.dialog().assertHandled();
		assertTrue(String.join(" ", done.text()).contains(target.toString()),
				"the message names the file: " + done.text());
		return finishedExports.get(0).getResult();
	}

	private static List<JourneyMap> importedMaps(Path file, RdfFormat format) throws Exception {
		return RdfImport.read(file, format).maps();
	}

	@Test
	void theMapOpenInTheEditorIsTicked() throws Exception {
		dialog.close();
		IFile b2c = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(
				SampleMap.B2C_ONLINE_SHOP.fileName());
		IWorkbench workbench = PlatformUI.getWorkbench();
		IEditorPart editor = IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), b2c);
		try {
			wizard = workbench.getExportWizardRegistry().findWizard(WIZARD_ID).createWizard();
			wizard.init(workbench, StructuredSelection.EMPTY); // what the editor's selection of cards gives
			dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			List<String> ticked = Arrays.stream(mapList().getItems()).filter(TableItem::getChecked)
					.map(TableItem::getText).toList();
			assertEquals(List.of(b2c.getFullPath().toString()), ticked);
		} finally {
			dialog.close();
			editor.getSite().getPage().closeEditor(editor, false);
		}
	}
}
