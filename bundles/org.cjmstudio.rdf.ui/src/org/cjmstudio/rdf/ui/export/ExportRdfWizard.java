package org.cjmstudio.rdf.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * File > Export > CJM Studio > Journey maps as RDF. The export itself runs as an {@link ExportRdfJob}; once it is
 * done, a message names the file it wrote.
 */
public final class ExportRdfWizard extends Wizard implements IExportWizard {

	public static final String DONE_TITLE = "Maps Exported";

	private IStructuredSelection selection;
	private ExportRdfPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		this.selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
		setWindowTitle("Export");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ExportRdfPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "Replace file?",
				target + " already exists.\nReplace it with the exported maps?")) {
			return false;
		}
		ExportRdfJob job = new ExportRdfJob(page.mapFiles(), page.format(), target);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					confirm(event.getResult().getMessage());
				}
			}
		});
		job.schedule();
		return true;
	}

	/** Says which file the background export wrote, once it has (a failure shows the job's own error dialog). */
	private static void confirm(String message) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (!display.isDisposed() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
				MessageDialog.openInformation(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
						DONE_TITLE, message);
			}
		});
	}
}
