package org.cjmstudio.persona.fields;

import java.util.List;
import java.util.function.Supplier;

import org.cjmstudio.persona.editing.PortraitPart;
import org.cjmstudio.persona.editing.PortraitSession;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;

/**
 * Builds the sections and fields of a persona page, so a page reads as a list of what it shows ("Age from",
 * "Gender", the goals). Every field it makes follows the model: it is refreshed after each change of the portrait.
 */
public final class FieldKit {

	/** Width hint for texts and tables: they fill their column but never widen the page to fit long content. */
	static final int NARROW = 120;

	private final IManagedForm form;
	private final PortraitSession session;

	public FieldKit(IManagedForm form, PortraitSession session) {
		this.form = form;
		this.session = session;
	}

	public FormToolkit toolkit() {
		return form.getToolkit();
	}

	public IManagedForm form() {
		return form;
	}

	public PortraitSession session() {
		return session;
	}

	/**
	 * A titled section in one column of the page body, and its client area, laid out as rows of label and field.
	 * {@code description} may be {@code null}.
	 */
	public Composite section(Composite body, String title, String description) {
		Section section = toolkit().createSection(body,
				Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit().createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		toolkit().paintBordersFor(client);
		return client;
	}

	/** Lets the section of {@code client} take only the width it needs, leaving the rest to the other column. */
	public void keepNarrow(Composite client) {
		((TableWrapData) client.getParent().getLayoutData()).grabHorizontal = false;
	}

	/** A table with the flat border the form paints around its texts. */
	public Table table(Composite client, int style) {
		Table table = toolkit().createTable(client, style);
		table.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TREE_BORDER);
		return table;
	}

	/** Lets the section of {@code client} span both columns of the page. */
	public void spanBothColumns(Composite client) {
		((TableWrapData) client.getParent().getLayoutData()).colspan = 2;
	}

	public TextField text(Composite client, String label, PortraitPart part, EAttribute attribute) {
		return track(new TextField(this, client, label, part, attribute, false));
	}

	public TextField multiLineText(Composite client, String label, PortraitPart part, EAttribute attribute) {
		return track(new TextField(this, client, label, part, attribute, true));
	}

	public ChoiceField choice(Composite client, String label, PortraitPart part, EAttribute attribute) {
		return track(new ChoiceField(this, client, label, part, attribute));
	}

	/** A section of its own with an editable list of text lines: goals, pains, devices, buying criteria. */
	public LinesField lines(Composite body, String title, String description, String item, PortraitPart part,
			EAttribute attribute) {
		return track(new LinesField(this, section(body, title, description), item, part, attribute));
	}

	/** A checkbox list of the elements of the map a reference may point at, filling {@code client}. */
	public ReferenceChecklist checklist(Composite client, String item, PortraitPart part, EReference reference,
			Supplier<List<?>> candidates) {
		return track(new ReferenceChecklist(this, client, item, part, reference, candidates));
	}

	/** Refreshes {@code field} now and after every change of the portrait. */
	public <F extends Refreshable> F track(F field) {
		field.refresh();
		session.changes().whenChanged(field::refresh);
		return field;
	}

	/** A label for a field, top-aligned so it stays next to the first line of a multi-line field. */
	void label(Composite client, String text) {
		toolkit().createLabel(client, text + ":").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
	}

	static GridData fill(Control control, int heightHint) {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, heightHint > 0);
		data.widthHint = NARROW;
		if (heightHint > 0) {
			data.heightHint = heightHint;
		}
		control.setLayoutData(data);
		return data;
	}

	/** A part of a page that shows the model and must be refreshed when the model changes. */
	public interface Refreshable {
		/** Shows the model's current state; does nothing once the control is disposed. */
		void refresh();
	}
}
