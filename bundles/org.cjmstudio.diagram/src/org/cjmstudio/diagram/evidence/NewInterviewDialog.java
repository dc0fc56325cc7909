package org.cjmstudio.diagram.evidence;

import java.util.List;

import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * "New Interview...": the respondent, their group, and the study the interview belongs to: one of the map's studies,
 * or, when the map has none, a new study whose name it asks for.
 */
final class NewInterviewDialog extends NewEvidenceDialog<RespondentGroup> {

	private final List<ResearchStudy> studies;
	private final ResearchStudy proposed;
	private Combo study;
	private Text newStudy;
	private ResearchStudy chosenStudy;
	private String chosenNewStudy;

	NewInterviewDialog(Shell shell, List<ResearchStudy> studies, ResearchStudy proposed) {
		super(shell, "New Interview...", studies.isEmpty()
				? "The map has no research study yet: name the study this interview belongs to."
				: "Who was interviewed, and in which study.", "&Respondent:", "&Group:",
				List.of(RespondentGroup.values()), EvidenceWords::respondent, RespondentGroup.CURRENT_CUSTOMERS);
		this.studies = studies;
		this.proposed = proposed;
	}

	@Override
	protected void createFieldsBefore(Composite fields) {
		if (studies.isEmpty()) {
			new Label(fields, SWT.NONE).setText("New &study:");
			newStudy = field(fields);
			newStudy.setMessage("e.g. Why buyers return jackets, spring 2026");
		} else {
			new Label(fields, SWT.NONE).setText("&Study:");
			study = new Combo(fields, SWT.READ_ONLY);
			studies.forEach(each -> study.add(EvidenceWords.title(each)));
			study.select(Math.max(0, studies.indexOf(proposed)));
		}
	}

	@Override
	protected String missing() {
		if (newStudy != null && newStudy.getText().isBlank()) {
			return "Enter the name of the new research study.";
		}
		return super.missing();
	}

	@Override
	protected void okPressed() {
		chosenStudy = study == null ? null : studies.get(study.getSelectionIndex());
		chosenNewStudy = newStudy == null ? null : newStudy.getText().strip();
		super.okPressed();
	}

	/** The existing study chosen, or null when a new one is to be created ({@link #newStudyName()}). */
	ResearchStudy study() {
		return chosenStudy;
	}

	String newStudyName() {
		return chosenNewStudy;
	}
}
