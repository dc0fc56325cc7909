package org.cjmstudio.diagram.comments;

import org.cjmstudio.model.edit.comments.CommentCommands;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the first comment of a new thread on a card, a stage or the map. */
public final class AddCommentDialog extends TitleAreaDialog {

	public static final String TITLE = "Add Comment";

	private final String elementName;
	private final String author;
	private Text text;
	private String written;

	public AddCommentDialog(Shell shell, String elementName, String author) {
		super(shell);
		this.elementName = elementName;
		this.author = author;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Comment on " + elementName);
		setMessage("Start a discussion the team sees on the card, signed '" + author
				+ "'. Replies and resolving are in the Comments view.");
		text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 90;
		layout.widthHint = 420;
		text.setLayoutData(layout);
		text.addModifyListener(event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Add Comment");
		validate();
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(CommentCommands.problemWith(text.getText()) == null);
		}
	}

	/** The comment's text box (tests type into it). */
	public Text textBox() {
		return text;
	}

	@Override
	protected void okPressed() {
		written = text.getText();
		super.okPressed();
	}

	public String written() {
		return written;
	}
}
