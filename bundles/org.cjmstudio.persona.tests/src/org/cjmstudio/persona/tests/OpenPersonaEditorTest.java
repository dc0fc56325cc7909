package org.cjmstudio.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.persona.PersonaEditor;
import org.cjmstudio.persona.PersonaEditorInput;
import org.cjmstudio.persona.pages.CompanyAndCommitteePage;
import org.cjmstudio.persona.pages.DataSourcesPage;
import org.cjmstudio.persona.pages.DecisionsAndPsychologyPage;
import org.cjmstudio.persona.pages.DemographicsAndLifestylePage;
import org.cjmstudio.persona.pages.GoalsAndPainsPage;
import org.cjmstudio.persona.pages.PortraitPage;
import org.cjmstudio.testing.Screenshots;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given the B2B sample map open in the map editor, when the CX lead opens the persona Katrin, then every page of
 * the persona editor shows her portrait: name and quote, goals, age range and channels, how she decides, her
 * company and buying committee, and the research she was drawn from.
 */
class OpenPersonaEditorTest {

	private PersonaEditorDriver driver;

	@AfterEach
	void closeEditors() {
		if (driver != null) {
			driver.close();
		}
	}

	@Test
	void everyPageShowsKatrinsPortrait() throws Exception {
		driver = PersonaEditorDriver.open("Katrin");
		assertEquals("Katrin, the service lead who has to scale", driver.editor.getPartName());

		driver.show(PortraitPage.ID, PortraitPage.class);
		assertEquals("Katrin, the service lead who has to scale", driver.field("persona.name", Text.class).getText());
		assertEquals("B2B", driver.field("persona.kind", Combo.class).getText());
		assertTrue(driver.field("persona.quote", Text.class).getText().startsWith("I don't need more features."));
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-editor-portrait.png");

		driver.show(GoalsAndPainsPage.ID, GoalsAndPainsPage.class);
		assertEquals("Bring the first response under 8 hours",
				driver.field("persona.goals", Table.class).getItem(0).getText());
		assertEquals(3, driver.field("persona.fears", Table.class).getItemCount());
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-editor-goals.png");

		driver.show(DemographicsAndLifestylePage.ID, DemographicsAndLifestylePage.class);
		assertEquals("38", driver.field("demographics.ageMin", Text.class).getText());
		assertEquals("50", driver.field("demographics.ageMax", Text.class).getText());
		assertEquals("Female", driver.field("demographics.gender", Text.class).getText());
		assertEquals("Windows laptop", driver.field("lifestyle.devices", Table.class).getItem(0).getText());
		assertEquals(4, checked(driver.field("lifestyle.preferredChannels", Table.class)), "her four channels");
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-editor-demographics.png");

		driver.show(DecisionsAndPsychologyPage.ID, DecisionsAndPsychologyPage.class);
		assertTrue(driver.field("decision_making.decider", Text.class).getText().startsWith("The buying committee"));
		assertEquals("Calm and methodical", driver.field("psychology.temperament", Text.class).getText());
		assertTrue(texts(driver.field("decision_making.criteria", Table.class), 0).contains("SAP integration"));

		driver.show(CompanyAndCommitteePage.ID, CompanyAndCommitteePage.class);
		assertEquals("Industrial machinery manufacturing", driver.field("company.industry", Text.class).getText());
		Table committee = driver.field("persona.buyingCommittee", Table.class);
		assertEquals(6, committee.getItemCount());
		assertEquals("Initiator", committee.getItem(0).getText(0));
		assertEquals("Head of Customer Service", committee.getItem(0).getText(1));
		assertEquals("Agent productivity; SLA reporting; Go-live date", committee.getItem(0).getText(2));
		assertEquals("Chief Financial Officer", committee.getItem(1).getText(1));
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-editor-b2b.png");

		DataSourcesPage sources = driver.show(DataSourcesPage.ID, DataSourcesPage.class);
		Table evidence = driver.field("persona.evidence", Table.class);
		JourneyMap map = driver.mapEditor.getMap();
		int studiesAndInterviews = map.getStudies().stream().mapToInt(study -> 1 + study.getInterviews().size()).sum();
		assertEquals(studiesAndInterviews + map.getInsights().size() + map.getDataSources().size(),
				evidence.getItemCount(), "every study, interview, insight and data source of the map");
		assertEquals(3, checked(evidence), "the three sources Katrin was built from");
		assertEquals(IMessageProvider.NONE, sources.getManagedForm().getForm().getMessageType());
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-editor-data-sources.png");
	}

	@Test
	void aPersonaOpensInOneEditorOnly() throws Exception {
		driver = PersonaEditorDriver.open("Marco");
		IWorkbenchPage page = PersonaEditorDriver.page();
		PersonaEditor again = PersonaEditor.open(page, driver.persona, driver.mapEditor.getEditingDomain());
		assertSame(driver.editor, again);
		assertEquals(1, Arrays.stream(page.getEditorReferences())
				.filter(reference -> PersonaEditor.ID.equals(reference.getId())).count());

		PersonaEditorInput input = (PersonaEditorInput) driver.editor.getEditorInput();
		assertEquals("Marco, the IT architect who has to run it", input.getName());
		assertNull(input.getPersistable(), "a persona editor is not restored after a restart");
		assertEquals(new PersonaEditorInput(driver.persona, driver.mapEditor.getEditingDomain()), input);
	}

	@Test
	void closingTheMapClosesItsPersonaEditor() throws Exception {
		driver = PersonaEditorDriver.open("Marco");
		IWorkbenchPage page = PersonaEditorDriver.page();
		PersonaEditorInput input = (PersonaEditorInput) driver.editor.getEditorInput();
		page.closeEditor(driver.mapEditor, false);
		driver.settle();
		assertNull(page.findEditor(input), "the persona editor of a closed map stays open");
	}

	@Test
	void deletingThePersonaFromTheMapClosesItsEditor() throws Exception {
		driver = PersonaEditorDriver.open("Marco");
		IWorkbenchPage page = PersonaEditorDriver.page();
		PersonaEditorInput input = (PersonaEditorInput) driver.editor.getEditorInput();
		driver.stack().execute(RemoveCommand.create(driver.mapEditor.getEditingDomain(), driver.mapEditor.getMap(),
				CjmPackage.Literals.JOURNEY_MAP__PERSONAS, driver.persona));
		driver.settle();
		assertNull(page.findEditor(input), "an editor of a persona that is no longer in the map stays open");
	}

	private static long checked(Table table) {
		return Arrays.stream(table.getItems()).filter(TableItem::getChecked).count();
	}

	private static java.util.List<String> texts(Table table, int column) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}
}
