package org.cjmstudio.diagram.evidence;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small dialog for one new piece of evidence: its name (an interview's respondent) and its kind (an interview's
 * respondent group). OK stays disabled until every field is filled in.
 *
 * @param <K> the enumeration of kinds
 */
class NewEvidenceDialog<K extends Enum<K>> extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final String nameLabel;
	private final String kindLabel;
	private final List<K> kinds;
	private final Function<K, String> kindWords;
	private final K defaultKind;
	private Text name;
	private Combo kind;
	private String chosenName;
	private K chosenKind;

	NewEvidenceDialog(Shell shell, String title, String message, String nameLabel, String kindLabel, List<K> kinds,
			Function<K, String> kindWords, K defaultKind) {
		super(shell);
		this.title = title;
		this.message = message;
		this.nameLabel = nameLabel;
		this.kindLabel = kindLabel;
		this.kinds = kinds;
		this.kindWords = kindWords;
		this.defaultKind = defaultKind;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title.replace("...", ""));
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createFieldsBefore(fields);
		new Label(fields, SWT.NONE).setText(nameLabel);
		name = field(fields);
		new Label(fields, SWT.NONE).setText(kindLabel);
		kind = new Combo(fields, SWT.READ_ONLY);
		kinds.forEach(each -> kind.add(kindWords.apply(each)));
		kind.select(kinds.indexOf(defaultKind));
		name.setFocus();
		return area;
	}

	/** Fields a kind of evidence asks for before its name (an interview's study). */
	protected void createFieldsBefore(Composite fields) {
		// none by default
	}

	/** A text field that fills its row and re-checks the dialog as it is typed in. */
	protected Text field(Composite fields) {
		Text text = new Text(fields, SWT.BORDER);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.widthHint = 320;
		text.setLayoutData(layout);
		text.addModifyListener(event -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** What is still missing, in the analyst's words; null when the dialog can be confirmed. */
	protected String missing() {
		return name.getText().isBlank() ? "Enter the " + nameLabel.replace("&", "").replace(":", "").toLowerCase()
				+ "." : null;
	}

	protected final void validate() {
		if (getButton(IDialogConstants.OK_ID) != null && name != null) {
			String missing = missing();
			getButton(IDialogConstants.OK_ID).setEnabled(missing == null);
			setMessage(missing == null ? message : missing);
		}
	}

	@Override
	protected void okPressed() {
		chosenName = name.getText().strip();
		chosenKind = kinds.get(kind.getSelectionIndex());
		super.okPressed();
	}

	String name() {
		return chosenName;
	}

	K kind() {
		return chosenKind;
	}
}
