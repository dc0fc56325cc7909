package org.cjmstudio.diagram.links;

import org.cjmstudio.model.LinkKind;
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

/** Asks for the address of the external record, how it relates to the element, and an optional label. */
final class ExternalLinkDialog extends TitleAreaDialog {

	private final String elementName;
	private Text target;
	private Combo kind;
	private Text label;
	private String chosenTarget;
	private LinkKind chosenKind;
	private String chosenLabel;

	ExternalLinkDialog(Shell shell, String elementName) {
		super(shell);
		this.elementName = elementName;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Link to an External Record");
		setMessage("Link " + elementName + " to a Wikidata item, a knowledge-base page or a CRM record.");
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(fields, SWT.NONE).setText("&Address:");
		target = new Text(fields, SWT.BORDER);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		target.addModifyListener(event -> validate());
		new Label(fields, SWT.NONE).setText("The element:");
		kind = new Combo(fields, SWT.READ_ONLY);
		for (LinkKind each : LinkKind.values()) {
			kind.add(ExternalLinks.describe(each));
		}
		kind.select(LinkKind.SEE_ALSO.ordinal());
		new Label(fields, SWT.NONE).setText("&Label:");
		label = new Text(fields, SWT.BORDER);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String problem = ExternalLinks.problemWith(target.getText());
		setErrorMessage(target.getText().isEmpty() ? null : problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		chosenTarget = target.getText().strip();
		chosenKind = LinkKind.values()[kind.getSelectionIndex()];
		chosenLabel = label.getText();
		super.okPressed();
	}

	String target() {
		return chosenTarget;
	}

	LinkKind kind() {
		return chosenKind;
	}

	String label() {
		return chosenLabel;
	}
}
