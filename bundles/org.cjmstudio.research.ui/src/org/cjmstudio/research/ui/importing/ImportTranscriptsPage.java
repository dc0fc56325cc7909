package org.cjmstudio.research.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.ui.view.OpenMap;
import org.cjmstudio.research.ui.view.ResearchLabels;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the transcript import: the files (plain text, one interview each, or CSVs of respondent, group,
 * date and text) and the study of the open map they go into, or a new study.
 */
final class ImportTranscriptsPage extends WizardPage {

	static final String NEW_STUDY = "A new study";

	private final OpenMap target;
	private final ResearchStudy preselected;
	private final List<Path> files = new ArrayList<>();
	private org.eclipse.swt.widgets.List fileList;
	private Combo study;
	private Text newStudyTitle;

	ImportTranscriptsPage(OpenMap target, ResearchStudy preselected) {
		super("transcripts");
		this.target = target;
		this.preselected = preselected;
		setTitle("Import Interview Transcripts");
		setDescription("Each plain text file is one interview (optional first lines Respondent:, Group:, Date:); a CSV "
				+ "has the columns respondent, group, date and text.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("&Files:");
		fileList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
		listLayout.heightHint = 140;
		listLayout.widthHint = 380;
		fileList.setLayoutData(listLayout);
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add Files...");
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add.addListener(SWT.Selection, event -> chooseFiles());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		remove.addListener(SWT.Selection, event -> removeSelected());

		new Label(page, SWT.NONE).setText("Into &study:");
		study = new Combo(page, SWT.READ_ONLY);
		study.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText("New study &title:");
		newStudyTitle = new Text(page, SWT.BORDER);
		newStudyTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		newStudyTitle.setText("Interviews");
		if (target != null) {
			for (ResearchStudy existing : target.map().getStudies()) {
				study.add(ResearchLabels.study(existing));
			}
		}
		study.add(NEW_STUDY);
		int index = target == null ? -1 : target.map().getStudies().indexOf(preselected);
		study.select(index >= 0 ? index : target != null && !target.map().getStudies().isEmpty() ? 0
				: study.getItemCount() - 1);
		study.addListener(SWT.Selection, event -> validate());
		newStudyTitle.addListener(SWT.Modify, event -> validate());
		setControl(page);
		validate();
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Choose Transcript Files");
		dialog.setFilterExtensions(new String[] { "*.txt;*.csv;*.md", "*.*" });
		dialog.setFilterNames(new String[] { "Transcripts (*.txt, *.csv, *.md)", "All files" });
		if (dialog.open() != null) {
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
			addFiles(chosen);
		}
	}

	/** Adds files to the list, as Add Files... does (tests call it instead of the native file dialog). */
	void addFiles(List<Path> chosen) {
		for (Path file : chosen) {
			if (!files.contains(file)) {
				files.add(file);
				fileList.add(file.toString());
			}
		}
		validate();
	}

	private void removeSelected() {
		int[] selected = fileList.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			files.remove(selected[i]);
			fileList.remove(selected[i]);
		}
		validate();
	}

	private void validate() {
		boolean newStudy = isNewStudy();
		newStudyTitle.setEnabled(newStudy);
		String problem = null;
		String hint = null;
		if (target == null) {
			problem = "Open the journey map the interviews belong to, then choose File > Import again.";
		} else if (files.isEmpty()) {
			hint = "Add the transcript files to import.";
		} else if (newStudy && newStudyTitle.getText().isBlank()) {
			problem = "Name the new study.";
		} else {
			Path missing = files.stream().filter(file -> !Files.isRegularFile(file)).findFirst().orElse(null);
			if (missing != null) {
				problem = "'" + missing + "' is not a file.";
			}
		}
		setMessage(hint);
		setErrorMessage(problem);
		setPageComplete(problem == null && hint == null);
	}

	private boolean isNewStudy() {
		return target == null || study.getSelectionIndex() < 0
				|| study.getSelectionIndex() >= target.map().getStudies().size();
	}

	List<Path> files() {
		return List.copyOf(files);
	}

	ImportTarget importTarget() {
		return isNewStudy() ? new ImportTarget(null, newStudyTitle.getText().strip())
				: new ImportTarget(target.map().getStudies().get(study.getSelectionIndex()), null);
	}
}
