package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given the customer's irritation at the checkout (valence -2) selected, the user types a new valence in the
 * Properties view: text that is not a whole number from -3 to 3 is refused with a message saying what is expected,
 * and a valid one becomes one undoable change of the map.
 */
class EmotionValenceEditingTest {

	private final BikeShopMap sample = new BikeShopMap();
	private final PropertySheetRows emotion = new PropertySheetRows(sample, sample.irritation);
	private final Shell shell = new Shell(Display.getCurrent());
	private CellEditor valence;

	@BeforeEach
	void startEditingTheValence() {
		valence = emotion.row("Valence").createPropertyEditor(shell);
		valence.setValue(emotion.value("Valence"));
	}

	@AfterEach
	void closeTheEditor() {
		shell.dispose();
	}

	@Test
	void theValenceIsTypedAsText() {
		assertInstanceOf(TextCellEditor.class, valence);
		assertEquals("-2", typedText().getText());
		assertTrue(valence.isValueValid());
	}

	@Test
	void textThatIsNotANumberIsRefusedWithAMessage() {
		typedText().setText("abc");

		assertFalse(valence.isValueValid());
		assertEquals("Valence must be a whole number, such as 2; \"abc\" is not.", valence.getErrorMessage());
		assertNull(valence.getValue(), "nothing reaches the model");
		assertEquals(-2, sample.irritation.getValence());
	}

	@Test
	void aValenceOutsideMinusThreeToThreeIsRefused() {
		typedText().setText("5");

		assertFalse(valence.isValueValid());
		assertEquals("Valence must be between -3 and 3; 5 is not.", valence.getErrorMessage());
	}

	@Test
	void aValidValenceIsSetThroughTheCommandStack() {
		typedText().setText("3");
		assertTrue(valence.isValueValid(), valence.getErrorMessage());

		emotion.set("Valence", valence.getValue());
		assertEquals(3, sample.irritation.getValence());

		sample.domain.getCommandStack().undo();
		assertEquals(-2, sample.irritation.getValence());
	}

	private Text typedText() {
		return (Text) valence.getControl();
	}
}
