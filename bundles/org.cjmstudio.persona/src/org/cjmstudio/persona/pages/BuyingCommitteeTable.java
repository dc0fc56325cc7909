package org.cjmstudio.persona.pages;

import static org.cjmstudio.model.CjmPackage.Literals.BUYING_COMMITTEE_ROLE__CONCERNS;
import static org.cjmstudio.model.CjmPackage.Literals.BUYING_COMMITTEE_ROLE__DESCRIPTION;
import static org.cjmstudio.model.CjmPackage.Literals.BUYING_COMMITTEE_ROLE__ROLE;
import static org.cjmstudio.model.CjmPackage.Literals.BUYING_COMMITTEE_ROLE__TITLE;
import static org.cjmstudio.model.CjmPackage.Literals.PERSONA__BUYING_COMMITTEE;

import java.util.List;
import java.util.stream.Collectors;

import org.cjmstudio.edit.ui.properties.ItemPropertyDescriptorAdapter;
import org.cjmstudio.model.BuyingCommitteeRole;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.persona.editing.PortraitPart;
import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.editing.PropertyDescriptors;
import org.cjmstudio.persona.fields.EditOnDoubleClick;
import org.cjmstudio.persona.fields.FieldIds;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The roles in a B2B persona's buying committee, one row each: role, title, concerns, description. Cells are edited
 * in place with the editors the Properties view uses for the same property (a drop-down of roles, a dialog with one
 * concern a line), and every change is a command.
 */
final class BuyingCommitteeTable implements FieldKit.Refreshable {

	private record Column(String title, EAttribute attribute, int width) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("Role", BUYING_COMMITTEE_ROLE__ROLE, 130),
			new Column("Title", BUYING_COMMITTEE_ROLE__TITLE, 190),
			new Column("Concerns", BUYING_COMMITTEE_ROLE__CONCERNS, 280),
			new Column("Description", BUYING_COMMITTEE_ROLE__DESCRIPTION, 320));

	private final PortraitSession session;
	private final TableViewer viewer;
	private final Button remove;
	private List<BuyingCommitteeRole> shown;

	BuyingCommitteeTable(FieldKit kit, Composite client, PortraitSession session) {
		this.session = session;
		String id = FieldIds.of(PortraitPart.PERSONA, PERSONA__BUYING_COMMITTEE);
		Table table = FieldIds.tag(kit.table(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setToolTipText("Double-click a cell to change it");
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		tableData.widthHint = 400;
		tableData.heightHint = 8 * table.getItemHeight();
		table.setLayoutData(tableData);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column column : COLUMNS) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(
					role -> text((BuyingCommitteeRole) role, column.attribute())));
			viewerColumn.setEditingSupport(new CellEditing(column));
		}
		TableViewerEditor.create(viewer, new EditOnDoubleClick(viewer), ColumnViewerEditor.DEFAULT);

		Button add = FieldIds.tag(kit.toolkit().createButton(client, "Add role", SWT.PUSH), id + ".add");
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, event -> addRole());
		remove = FieldIds.tag(kit.toolkit().createButton(client, "Remove", SWT.PUSH), id + ".remove");
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, event -> removeSelected());
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
	}

	TableViewer viewer() {
		return viewer;
	}

	@Override
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<BuyingCommitteeRole> roles = List.copyOf(session.persona().getBuyingCommittee());
		if (!roles.equals(shown)) {
			shown = roles;
			viewer.setInput(roles);
		} else if (!viewer.isCellEditorActive()) {
			viewer.refresh(); // a title or concern changed
		}
		remove.setEnabled(!viewer.getSelection().isEmpty());
	}

	private String text(BuyingCommitteeRole role, EAttribute attribute) {
		Object value = role.eGet(attribute);
		if (value instanceof List<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
		}
		return value == null ? "" : PropertyDescriptors.labelOf(session.adapterFactory(), role, attribute, value);
	}

	/** A new role titled "New role", whose title is then ready to be typed over. */
	private void addRole() {
		BuyingCommitteeRole role = CjmFactory.eINSTANCE.createBuyingCommitteeRole();
		role.setTitle("New role");
		session.edits().add(PortraitPart.PERSONA, PERSONA__BUYING_COMMITTEE, role, "buying committee role");
		session.changes().refreshNow();
		viewer.editElement(role, 1);
	}

	private void removeSelected() {
		List<?> roles = viewer.getStructuredSelection().toList();
		session.edits().remove(PortraitPart.PERSONA, PERSONA__BUYING_COMMITTEE, roles,
				roles.size() == 1 ? "buying committee role" : roles.size() + " buying committee roles");
	}

	/** Edits one column with the cell editor the Properties view would use; one editor serves every row. */
	private final class CellEditing extends EditingSupport {

		private final Column column;
		private CellEditor editor;

		CellEditing(Column column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (editor == null) {
				BuyingCommitteeRole role = (BuyingCommitteeRole) element;
				editor = new ItemPropertyDescriptorAdapter(role,
						PropertyDescriptors.of(session.adapterFactory(), role, column.attribute()))
						.createPropertyEditor(viewer.getTable());
				viewer.getTable().addListener(SWT.Dispose, event -> editor.dispose());
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((BuyingCommitteeRole) element).eGet(column.attribute());
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value != null || !column.attribute().isRequired()) {
				session.edits().set((BuyingCommitteeRole) element, column.attribute(), value,
						column.title().toLowerCase() + " of the role");
			}
		}
	}
}
