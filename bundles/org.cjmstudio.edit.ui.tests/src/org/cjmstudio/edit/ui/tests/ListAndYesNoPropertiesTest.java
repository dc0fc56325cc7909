package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.cjmstudio.edit.ui.properties.editors.ChoiceCellEditor;
import org.cjmstudio.edit.ui.properties.editors.ValueLinesCellEditor;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Persona;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A persona's goals are written one a line; whether a channel is online is a yes/no choice. */
class ListAndYesNoPropertiesTest {

	private final BikeShopMap sample = new BikeShopMap();
	private final Shell shell = new Shell(Display.getCurrent());

	@AfterEach
	void closeEditors() {
		shell.dispose();
	}

	@Test
	void aPersonasGoalsAreEditedAsLinesAndSetAsOneUndoableChange() {
		Persona anna = CjmFactory.eINSTANCE.createPersona();
		anna.setName("Anna, weekend cyclist");
		anna.getGoals().add("Ride on Saturday");
		sample.map.getPersonas().add(anna);
		PropertySheetRows persona = new PropertySheetRows(sample, anna);

		CellEditor goals = persona.row("Goals").createPropertyEditor(shell);
		assertInstanceOf(ValueLinesCellEditor.class, goals);

		persona.set("Goals", List.of("Ride on Saturday", "Pay in one step"));
		assertEquals(List.of("Ride on Saturday", "Pay in one step"), anna.getGoals());
		sample.domain.getCommandStack().undo();
		assertEquals(List.of("Ride on Saturday"), anna.getGoals());
	}

	@Test
	void whetherAChannelIsOnlineIsChosenBetweenFalseAndTrue() {
		Channel website = sample.map.getChannels().get(0);
		PropertySheetRows channel = new PropertySheetRows(sample, website);

		CellEditor online = channel.row("Online").createPropertyEditor(shell);

		ChoiceCellEditor choice = assertInstanceOf(ChoiceCellEditor.class, online);
		assertEquals(List.of(false, true), choice.getChoices());
		assertArrayEquals(new String[] { "false", "true" }, choice.getItems());
		online.setValue(website.isOnline());
		assertSame(website.isOnline(), online.getValue());
	}
}
