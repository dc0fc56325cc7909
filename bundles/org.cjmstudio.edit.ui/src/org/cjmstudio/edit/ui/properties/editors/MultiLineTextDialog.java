package org.cjmstudio.edit.ui.properties.editors;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** A resizable dialog with a text area of several lines, for descriptions, notes and lists of values. */
final class MultiLineTextDialog extends InputDialog {

	private static final int VISIBLE_LINES = 8;

	MultiLineTextDialog(Shell parent, String title, String message, String text, IInputValidator validator) {
		super(parent, title, message, text, validator);
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected int getInputTextStyle() {
		return SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Control area = super.createDialogArea(parent);
		GridData layout = (GridData) getText().getLayoutData();
		layout.heightHint = VISIBLE_LINES * getText().getLineHeight();
		layout.verticalAlignment = SWT.FILL;
		layout.grabExcessVerticalSpace = true;
		return area;
	}

	/** The text with line breaks as the model stores them, whatever the platform typed. */
	String text() {
		return getValue().replace("\r\n", "\n");
	}
}
