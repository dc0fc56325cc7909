package org.cjmstudio.persona.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.PersonaEditor;
import org.cjmstudio.persona.fields.FieldIds;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IDE;

/**
 * Opens a sample map in the journey map editor and one of its personas in the persona editor, then drives the
 * persona editor's widgets as a user would: types and presses Enter, double-clicks lines, ticks boxes, presses
 * buttons. Every action fires the SWT events the editor listens to and lets the UI settle.
 */
final class PersonaEditorDriver {

	final IFile mapFile;
	final JourneyMapEditor mapEditor;
	final PersonaEditor editor;
	final Persona persona;

	private PersonaEditorDriver(IFile mapFile, JourneyMapEditor mapEditor, PersonaEditor editor) {
		this.mapFile = mapFile;
		this.mapEditor = mapEditor;
		this.editor = editor;
		this.persona = editor.getPersona();
	}

	/** Opens the persona of the B2B sample whose name starts with {@code firstName}. */
	static PersonaEditorDriver open(String firstName) throws Exception {
		IFile file = WorkspaceMaps.copy(SampleMap.B2B_ENTERPRISE_SOFTWARE, "persona-editor-tests");
		IWorkbenchPage page = page();
		JourneyMapEditor mapEditor = (JourneyMapEditor) IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		Persona persona = mapEditor.getMap().getPersonas().stream()
				.filter(each -> each.getName().startsWith(firstName)).findFirst().orElseThrow();
		PersonaEditor editor = PersonaEditor.open(page, persona, mapEditor.getEditingDomain());
		PersonaEditorDriver driver = new PersonaEditorDriver(file, mapEditor, editor);
		driver.settle();
		return driver;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	BasicCommandStack stack() {
		return (BasicCommandStack) mapEditor.getEditingDomain().getCommandStack();
	}

	/** Shows page {@code id} (creating its controls the first time) and returns it. */
	<P extends IFormPage> P show(String id, Class<P> type) {
		editor.setActivePage(id);
		settle();
		IFormPage page = editor.getActivePageInstance();
		assertTrue(type.isInstance(page), "page " + id + " is " + page);
		return type.cast(page);
	}

	/** The control of field {@code id} on the page shown. */
	<C extends Control> C field(String id, Class<C> type) {
		C control = FieldIds.find(editor.getActivePageInstance().getPartControl(), id, type);
		assertNotNull(control, "no " + type.getSimpleName() + " for field " + id);
		return control;
	}

	/** Types {@code value} over a text field's content and presses Enter. */
	void type(String fieldId, String value) {
		Text text = field(fieldId, Text.class);
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
	}

	/** Double-clicks a cell of a table, types {@code value} into the cell editor and presses Enter. */
	void editCell(String tableId, int row, int column, String value) {
		Table table = field(tableId, Table.class);
		table.setSelection(row);
		Rectangle cell = table.getItem(row).getBounds(column);
		Event doubleClick = new Event();
		doubleClick.x = cell.x + 4;
		doubleClick.y = cell.y + cell.height / 2;
		doubleClick.button = 1;
		doubleClick.count = 2;
		table.notifyListeners(SWT.MouseDoubleClick, doubleClick);
		settle();
		Text cellEditor = (Text) Arrays.stream(table.getChildren()).filter(Text.class::isInstance)
				.filter(Control::isVisible).findFirst().orElseThrow(() -> new AssertionError("no cell editor"));
		cellEditor.setText(value);
		cellEditor.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
	}

	/** Ticks or clears the box of row {@code row} of a checkbox table. */
	void check(String tableId, int row, boolean checked) {
		Table table = field(tableId, Table.class);
		TableItem item = table.getItem(row);
		item.setChecked(checked);
		Event event = new Event();
		event.detail = SWT.CHECK;
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
		settle();
	}

	void press(String buttonId) {
		field(buttonId, Button.class).notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Runs what the UI has queued: model refreshes are batched with {@code asyncExec}. */
	void settle() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		for (int round = 0; round < 20; round++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	void close() {
		IWorkbenchPage page = page();
		page.closeEditor(editor, false);
		page.closeEditor(mapEditor, false);
		settle();
	}
}
