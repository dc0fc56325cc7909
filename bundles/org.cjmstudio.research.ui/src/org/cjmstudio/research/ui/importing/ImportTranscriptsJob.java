package org.cjmstudio.research.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.transcripts.AlreadyImported;
import org.cjmstudio.research.transcripts.ImportTranscriptsCommand;
import org.cjmstudio.research.transcripts.Transcript;
import org.cjmstudio.research.transcripts.TranscriptImport;
import org.cjmstudio.research.transcripts.TranscriptImportException;
import org.cjmstudio.research.ui.view.OpenMap;
import org.cjmstudio.research.ui.view.ResearchView;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Reads the chosen transcript files in the background (progress per file, cancellable), then adds them to the study
 * on the UI thread as one undoable command and selects the new interviews in the Research view. A bad file refuses
 * the whole import with a message naming every bad file and why; the map is not touched.
 */
public final class ImportTranscriptsJob extends Job {

	/** The family of import jobs, for tests and for the progress view. */
	public static final Object FAMILY = ImportTranscriptsJob.class;
	public static final String REFUSED_TITLE = "Transcripts Not Imported";
	public static final String REPEATS_TITLE = "Transcripts Already Imported";
	public static final String SKIP_REPEATS = "Skip Them";
	public static final String IMPORT_AGAIN = "Import Again";

	private final List<Path> files;
	private final OpenMap target;
	private final ImportTarget study;
	private final IWorkbenchPage page;
	private final Display display;

	public ImportTranscriptsJob(List<Path> files, OpenMap target, ImportTarget study, IWorkbenchPage page) {
		super("Importing " + (files.size() == 1 ? "1 transcript file" : files.size() + " transcript files"));
		this.files = List.copyOf(files);
		this.target = target;
		this.study = study;
		this.page = page;
		this.display = page.getWorkbenchWindow().getShell().getDisplay();
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Transcript> transcripts;
		try {
			transcripts = TranscriptImport.read(files, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (TranscriptImportException e) {
			// The user is told in a dialog; an error status would add a second, vaguer one.
			display.asyncExec(() -> MessageDialog.openError(page.getWorkbenchWindow().getShell(), REFUSED_TITLE,
					e.getMessage() + "\n\nFix the files named and import them again."));
			return Status.OK_STATUS;
		}
		display.asyncExec(() -> addToMap(transcripts));
		return Status.OK_STATUS;
	}

	/** On the UI thread: the model is only changed there, through the map's command stack. */
	private void addToMap(List<Transcript> transcripts) {
		if (target.map().eResource() == null) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), REFUSED_TITLE,
					"The map was closed while the transcripts were read; nothing was imported.");
			return;
		}
		ResearchStudy into = study.isNewStudy() ? newStudy() : study.study();
		transcripts = withoutUnwantedRepeats(into, transcripts);
		if (transcripts.isEmpty()) {
			return;
		}
		Command importing = ImportTranscriptsCommand.create(target.domain(), into, transcripts);
		Command command = importing;
		if (study.isNewStudy()) {
			CompoundCommand withStudy = new CompoundCommand(importing.getLabel() + " into a New Study");
			withStudy.append(AddCommand.create(target.domain(), target.map(),
					CjmPackage.Literals.JOURNEY_MAP__STUDIES, into));
			withStudy.append(importing);
			command = withStudy;
		}
		if (!command.canExecute()) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), REFUSED_TITLE,
					"The transcripts could not be added to '" + into.getTitle() + "'; nothing was imported.");
			return;
		}
		target.domain().getCommandStack().execute(command);
		List<Interview> interviews = importing.getResult().stream().filter(Interview.class::isInstance)
				.map(Interview.class::cast).toList();
		try {
			ResearchView view = (ResearchView) page.showView(ResearchView.ID);
			view.showAll(interviews);
		} catch (PartInitException e) {
			// The interviews are in the map; only selecting them failed, which is not worth a dialog.
			org.eclipse.core.runtime.ILog.of(getClass()).warn("Could not show the Research view", e);
		}
	}

	/**
	 * Asks before importing a transcript the study holds already, word for word: counted twice, its respondent would
	 * make every wording look shared. Empty when the analyst cancels or nothing new is left.
	 */
	private List<Transcript> withoutUnwantedRepeats(ResearchStudy into, List<Transcript> transcripts) {
		List<Transcript> repeats = AlreadyImported.in(into, transcripts);
		if (repeats.isEmpty()) {
			return transcripts;
		}
		String names = repeats.stream().map(Transcript::respondent).collect(Collectors.joining(", "));
		MessageDialog question = new MessageDialog(page.getWorkbenchWindow().getShell(), REPEATS_TITLE, null,
				(repeats.size() == 1 ? "1 transcript is" : repeats.size() + " transcripts are") + " already in '"
						+ into.getTitle() + "', word for word: " + names + ".\n\nImported again, each respondent "
						+ "would count twice in the analysis.",
				MessageDialog.QUESTION, 0, SKIP_REPEATS, IMPORT_AGAIN, "Cancel");
		int answer = question.open();
		if (answer == 1) {
			return transcripts;
		}
		if (answer != 0) {
			return List.of();
		}
		List<Transcript> fresh = transcripts.stream().filter(transcript -> !repeats.contains(transcript)).toList();
		if (fresh.isEmpty()) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), REPEATS_TITLE,
					"Every chosen transcript is in '" + into.getTitle() + "' already; nothing was imported.");
		}
		return fresh;
	}

	private ResearchStudy newStudy() {
		ResearchStudy created = CjmFactory.eINSTANCE.createResearchStudy();
		created.setTitle(study.newStudyTitle());
		return created;
	}
}
