package org.cjmstudio.persona.pages;

import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/**
 * A page of the persona editor: a form headed by the persona's name, with sections in two columns. The workbench
 * creates a page's controls the first time it is shown; from then on its fields follow the model.
 */
abstract class PersonaFormPage extends FormPage {

	private final PortraitSession session;

	/** @param title the page's tab; "&&" shows an ampersand, a single "&" would mark a mnemonic */
	PersonaFormPage(FormEditor editor, PortraitSession session, String id, String title) {
		super(editor, id, title);
		this.session = session;
	}

	PortraitSession session() {
		return session;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		form.setImage(getEditor().getTitleImage());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = equalColumns();
		layout.horizontalSpacing = 12;
		layout.verticalSpacing = 12;
		form.getBody().setLayout(layout);
		FieldKit kit = new FieldKit(managedForm, session);
		kit.track(() -> {
			if (!form.isDisposed()) {
				form.setText(session.persona().getName() == null ? "Unnamed persona" : session.persona().getName());
			}
		});
		createSections(form.getBody(), kit);
		form.reflow(true);
	}

	/** Whether both columns get the same width; false lets the left one take only what it needs. */
	boolean equalColumns() {
		return true;
	}

	abstract void createSections(Composite body, FieldKit kit);
}
