package org.cjmstudio.rdf.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File > Export > CJM Studio > Journey maps as RDF. The export itself runs as an {@link ExportRdfJob}. */
public final class ExportRdfWizard extends Wizard implements IExportWizard {

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
		new ExportRdfJob(page.mapFiles(), page.format(), target).schedule();
		return true;
	}
}
