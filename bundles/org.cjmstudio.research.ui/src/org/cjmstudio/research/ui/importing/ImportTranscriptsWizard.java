package org.cjmstudio.research.ui.importing;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.ui.view.OpenMap;
import org.cjmstudio.research.ui.view.ResearchView;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

/**
 * File > Import > CJM Studio > Interview transcripts: transcript files into a study of the journey map in the active
 * editor. Reading runs as a job ({@link ImportTranscriptsJob}); the wizard closes at once.
 */
public final class ImportTranscriptsWizard extends Wizard implements IImportWizard {

	private IWorkbenchPage page;
	private OpenMap target;
	private ImportTranscriptsPage transcripts;

	public ImportTranscriptsWizard() {
		setWindowTitle("Import Interview Transcripts");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		target = OpenMap.of(page.getActiveEditor());
		ResearchStudy preselected = null;
		// The study selected in the Research view (or the study of a selected interview or quote) is the default.
		if (page.findView(ResearchView.ID) instanceof ResearchView view) {
			if (target == null) {
				target = view.openMap();
			}
			preselected = studyOf(view.selection().getFirstElement());
		}
		if (preselected == null && selection != null) {
			preselected = studyOf(selection.getFirstElement());
		}
		transcripts = new ImportTranscriptsPage(target, preselected);
	}

	private static ResearchStudy studyOf(Object selected) {
		if (selected instanceof Quote quote) {
			selected = quote.eContainer();
		}
		if (selected instanceof Interview interview) {
			selected = interview.eContainer();
		}
		return selected instanceof ResearchStudy study ? study : null;
	}

	@Override
	public void addPages() {
		addPage(transcripts);
	}

	@Override
	public boolean performFinish() {
		List<Path> files = transcripts.files();
		if (target == null || files.isEmpty()) {
			return false;
		}
		new ImportTranscriptsJob(files, target, transcripts.importTarget(), page).schedule();
		return true;
	}

	/** The page, for tests that add files without the native file dialog. */
	public void addFiles(List<Path> files) {
		transcripts.addFiles(files);
	}
}
