package org.cjmstudio.persona.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.cjmstudio.persona.editing.PortraitEdits;
import org.cjmstudio.persona.editing.PortraitPart;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * An editable list of lines, such as a persona's goals: type a new goal and press Enter (or Add), double-click a
 * goal (or press F2) to reword it, select goals and Remove them. Emptying a line removes it.
 */
public final class LinesField implements FieldKit.Refreshable {

	/** One line of the list; the index keeps two equal lines apart in the viewer. */
	private record Line(int index, String text) {
	}

	private final PortraitEdits edits;
	private final PortraitPart part;
	private final EAttribute attribute;
	private final String item;
	private final Text newLine;
	private final TableViewer viewer;
	private final Button remove;
	private List<Object> shown;

	LinesField(FieldKit kit, Composite client, String item, PortraitPart part, EAttribute attribute) {
		this.edits = kit.session().edits();
		this.part = part;
		this.attribute = attribute;
		this.item = item;
		String id = FieldIds.of(part, attribute);

		newLine = FieldIds.tag(kit.toolkit().createText(client, "", SWT.SINGLE), id + ".new");
		newLine.setMessage("New " + item + ", then Enter");
		FieldKit.fill(newLine, 0);
		newLine.addListener(SWT.DefaultSelection, event -> addNewLine());
		Button add = FieldIds.tag(kit.toolkit().createButton(client, "Add", SWT.PUSH), id + ".add");
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		add.addListener(SWT.Selection, event -> addNewLine());

		Table table = FieldIds.tag(kit.table(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL),
				id);
		table.setToolTipText("Double-click a " + item + " or press F2 to change it");
		FieldKit.fill(table, 5 * table.getItemHeight());
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(line -> ((Line) line).text()));
		column.setEditingSupport(new LineEditing(viewer, new TextCellEditor(table)));
		fitColumn(table, column.getColumn());
		TableViewerEditor.create(viewer, new EditOnDoubleClick(viewer), ColumnViewerEditor.DEFAULT);
		table.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2 && !viewer.getSelection().isEmpty()) {
				viewer.editElement(viewer.getStructuredSelection().getFirstElement(), 0);
			}
		});

		remove = FieldIds.tag(kit.toolkit().createButton(client, "Remove", SWT.PUSH), id + ".remove");
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, event -> removeSelected());
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> values = List.copyOf((List<?>) edits.valueOf(part, attribute));
		if (!values.equals(shown)) {
			shown = values;
			viewer.setInput(IntStream.range(0, values.size())
					.mapToObj(index -> new Line(index, String.valueOf(values.get(index)))).toList());
		}
		remove.setEnabled(!viewer.getSelection().isEmpty());
	}

	private void addNewLine() {
		String text = newLine.getText().strip();
		if (!text.isEmpty()) {
			edits.add(part, attribute, text, item);
			newLine.setText("");
		}
	}

	private void removeSelected() {
		List<Object> lines = new ArrayList<>();
		for (Object selected : viewer.getStructuredSelection()) {
			lines.add(((Line) selected).text());
		}
		edits.remove(part, attribute, lines, lines.size() == 1 ? item : lines.size() + " lines");
	}

	/** The single column always takes the table's full width, so long lines are not cut short. */
	private static void fitColumn(Table table, TableColumn column) {
		table.addListener(SWT.Resize, event -> column.setWidth(Math.max(table.getClientArea().width, 50)));
	}

	private final class LineEditing extends EditingSupport {

		private final CellEditor editor;

		LineEditing(TableViewer viewer, CellEditor editor) {
			super(viewer);
			this.editor = editor;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Line) element).text();
		}

		@Override
		protected void setValue(Object element, Object value) {
			Line line = (Line) element;
			String text = String.valueOf(value).strip();
			if (text.isEmpty()) {
				edits.remove(part, attribute, List.of(line.text()), item);
			} else {
				edits.replace(part, attribute, line.index(), text, item);
			}
		}
	}
}
