package org.cjmstudio.persona.fields;

import org.cjmstudio.edit.ui.properties.editors.DataTypeText;
import org.cjmstudio.persona.editing.PortraitEdits;
import org.cjmstudio.persona.editing.PortraitPart;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;

/**
 * A labelled text for one value of the portrait: a name, a segment, an age. What the user types is converted and
 * checked by the value's data type ({@link DataTypeText}: "Age from must be a whole number, such as 2"), shown in
 * the form header while it is wrong, and applied as one command when the user presses Enter or leaves the field.
 */
public final class TextField implements FieldKit.Refreshable {

	private final PortraitEdits edits;
	private final PortraitPart part;
	private final EAttribute attribute;
	private final DataTypeText dataType;
	private final IMessageManager messages;
	private final Text text;
	/** The model's text last shown: a refresh must not overwrite what the user is typing while the value is the same. */
	private String shown;

	TextField(FieldKit kit, Composite client, String label, PortraitPart part, EAttribute attribute,
			boolean multiLine) {
		this.edits = kit.session().edits();
		this.part = part;
		this.attribute = attribute;
		this.dataType = new DataTypeText(attribute.getEAttributeType(), label);
		this.messages = kit.form().getMessageManager();
		kit.label(client, label);
		int style = multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
		text = FieldIds.tag(kit.toolkit().createText(client, "", style), FieldIds.of(part, attribute));
		FieldKit.fill(text, multiLine ? 4 * text.getLineHeight() : 0);
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, event -> apply());
		}
		text.addListener(SWT.FocusOut, event -> apply());
		text.addListener(SWT.Modify, event -> check());
	}

	public Text control() {
		return text;
	}

	@Override
	public void refresh() {
		if (text.isDisposed()) {
			return;
		}
		String modelText = dataType.toText(edits.valueOf(part, attribute));
		if (!modelText.equals(shown)) {
			shown = modelText;
			text.setText(modelText);
		}
	}

	private void apply() {
		if (text.isDisposed() || check() != null) {
			return;
		}
		String typed = text.getText();
		// An emptied field clears the value rather than storing "", so the map file does not fill with empty values.
		edits.set(part, attribute, typed.isEmpty() ? null : dataType.toValue(typed), dataType.property());
	}

	/**
	 * Shows what is wrong with the typed text in the form header; returns it, or {@code null} when it is fine. The
	 * message is the form's, not the control's: a control's message only shows as "1 error detected" in the header,
	 * and ours names the field already ("Age from must be a whole number, such as 2").
	 */
	private String check() {
		String problem = dataType.problemWith(text.getText());
		if (problem == null) {
			messages.removeMessage(this);
		} else {
			messages.addMessage(this, problem, null, IMessageProvider.ERROR);
		}
		return problem;
	}
}
