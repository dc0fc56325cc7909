package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.edit.ui.properties.editors.ValueListCellEditor;
import org.cjmstudio.model.Severity;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given the "Checkout takes five screens" barrier selected, the Properties view shows its name, severity and
 * evidence; every edit there is one step on the map's command stack, and each property gets the editor its type
 * calls for.
 */
class BarrierPropertiesTest {

	private static final String EXPERT = "org.eclipse.ui.views.properties.expert";

	private final BikeShopMap sample = new BikeShopMap();
	private final CommandStack commands = sample.domain.getCommandStack();
	private final PropertySheetRows barrier = new PropertySheetRows(sample, sample.longForm);
	private final Shell shell = new Shell(Display.getCurrent());

	@AfterEach
	void closeEditors() {
		shell.dispose();
	}

	@Test
	void aBarrierShowsItsNameSeverityAndEvidence() {
		assertTrue(barrier.names().containsAll(List.of("Name", "Severity", "Evidence")), "rows: " + barrier.names());
		assertEquals("Checkout takes five screens", barrier.value("Name"));
		assertSame(Severity.HIGH, barrier.value("Severity"));
		assertEquals(List.of(sample.secondInterview), barrier.value("Evidence"));
		assertEquals("High", barrier.row("Severity").getLabelProvider().getText(Severity.HIGH));
	}

	@Test
	void settingSeverityIsOneUndoableStepOnTheMapsCommandStack() {
		barrier.set("Severity", Severity.CRITICAL);

		assertSame(Severity.CRITICAL, sample.longForm.getSeverity());
		assertSame(Severity.CRITICAL, barrier.value("Severity"));
		assertTrue(commands.canUndo(), "the change is on the command stack");

		commands.undo();
		assertSame(Severity.HIGH, sample.longForm.getSeverity());
	}

	@Test
	void resettingTheNameClearsItAndUndoBringsItBack() {
		assertTrue(barrier.source.isPropertySet(barrier.row("Name").getId()));

		barrier.source.resetPropertyValue(barrier.row("Name").getId());
		assertNull(sample.longForm.getName());

		commands.undo();
		assertEquals("Checkout takes five screens", sample.longForm.getName());
	}

	@Test
	void severityIsChosenInAComboOfItsLiterals() {
		CellEditor editor = barrier.row("Severity").createPropertyEditor(shell);

		ComboBoxCellEditor combo = assertInstanceOf(ComboBoxCellEditor.class, editor);
		assertArrayEquals(new String[] { "Low", "Medium", "High", "Critical" }, combo.getItems());
		editor.setValue(Severity.HIGH);
		assertEquals("High", ((CCombo) editor.getControl()).getText());
		assertSame(Severity.HIGH, editor.getValue());

		((CCombo) editor.getControl()).select(3);
		((CCombo) editor.getControl()).notifyListeners(SWT.Selection, null);
		assertSame(Severity.CRITICAL, editor.getValue(), "the editor gives the literal, not its index");
	}

	@Test
	void evidenceIsChosenInADialogFromTheMapsResearch() {
		CellEditor editor = barrier.row("Evidence").createPropertyEditor(shell);

		ValueListCellEditor list = assertInstanceOf(ValueListCellEditor.class, editor);
		assertTrue(list.getChoices().containsAll(List.of(sample.study, sample.firstInterview, sample.secondInterview)),
				"choices: " + list.getChoices());
	}

	@Test
	void theNameIsTypedAndTheDropOffNoteWrittenInADialog() {
		assertInstanceOf(TextCellEditor.class, barrier.row("Name").createPropertyEditor(shell));
		assertInstanceOf(DialogCellEditor.class, barrier.row("Drop Off Note").createPropertyEditor(shell),
				"a multi-line property opens a text dialog");
	}

	@Test
	void theStepIsChosenInAComboThatAlsoOffersNone() {
		CellEditor editor = barrier.row("Step").createPropertyEditor(shell);

		ComboBoxCellEditor combo = assertInstanceOf(ComboBoxCellEditor.class, editor);
		assertTrue(List.of(combo.getItems()).contains("Step Fills in the checkout form"), List.of(combo.getItems())
				.toString());
		editor.setValue(sample.checkout);
		assertSame(sample.checkout, editor.getValue());
	}

	@Test
	void theIdIsAnAdvancedPropertyThatCannotBeEdited() {
		assertNull(barrier.row("Id").createPropertyEditor(shell), "a read-only property has no editor");
		assertTrue(List.of(barrier.row("Id").getFilterFlags()).contains(EXPERT),
				"shown only under Show Advanced Properties");
		String[] nameFlags = barrier.row("Name").getFilterFlags();
		assertFalse(nameFlags != null && List.of(nameFlags).contains(EXPERT), "the name is always shown");
	}
}
