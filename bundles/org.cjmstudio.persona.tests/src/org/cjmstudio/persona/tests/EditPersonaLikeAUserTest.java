package org.cjmstudio.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.persona.pages.CompanyAndCommitteePage;
import org.cjmstudio.persona.pages.DataSourcesPage;
import org.cjmstudio.persona.pages.DemographicsAndLifestylePage;
import org.cjmstudio.persona.pages.GoalsAndPainsPage;
import org.cjmstudio.persona.pages.PortraitPage;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given a persona of the B2B sample open in the persona editor, when the CX lead types, double-clicks, ticks and
 * presses buttons, then each edit changes the map as one step that Undo (in either editor) reverses, the map is
 * marked as changed, and Save stores it.
 */
class EditPersonaLikeAUserTest {

	private PersonaEditorDriver driver;

	@AfterEach
	void closeEditors() {
		if (driver != null) {
			driver.close();
		}
	}

	@Test
	void renamingKatrinIsOneStepThatUndoReverses() throws Exception {
		driver = PersonaEditorDriver.open("Katrin");
		String original = driver.persona.getName();
		driver.show(PortraitPage.ID, PortraitPage.class);

		driver.type("persona.name", "Katrin, who scaled her team");

		assertEquals("Katrin, who scaled her team", driver.persona.getName());
		assertEquals("Katrin, who scaled her team", driver.editor.getPartName());
		assertTrue(driver.editor.isDirty(), "the persona editor shows the map as changed");
		assertTrue(driver.mapEditor.isDirty(), "the map editor shows the map as changed");
		assertFalse(driver.editor.isSaveOnCloseNeeded(), "closing the persona editor loses nothing: the map has it");
		IAction undo = driver.editor.getEditorSite().getActionBars()
				.getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertNotNull(undo, "the workbench's Undo is wired to the persona editor");
		assertEquals("&Undo Change Name", undo.getText());

		driver.stack().undo();
		driver.settle();
		assertEquals(original, driver.persona.getName());
		assertEquals(original, driver.field("persona.name", Text.class).getText(), "the field follows the undo");
		assertFalse(driver.editor.isDirty());
		assertFalse(driver.mapEditor.isDirty());

		driver.editor.getRedoAction().run();
		driver.settle();
		assertEquals("Katrin, who scaled her team", driver.field("persona.name", Text.class).getText());
		undo.run();
		assertEquals(original, driver.persona.getName());
	}

	@Test
	void goalsAreRewordedAddedAndRemoved() throws Exception {
		driver = PersonaEditorDriver.open("Katrin");
		List<String> original = new ArrayList<>(driver.persona.getGoals());
		driver.show(GoalsAndPainsPage.ID, GoalsAndPainsPage.class);

		driver.editCell("persona.goals", 0, 0, "Bring the first response under 4 hours");
		assertEquals("Bring the first response under 4 hours", driver.persona.getGoals().get(0));
		assertEquals("Bring the first response under 4 hours",
				driver.field("persona.goals", Table.class).getItem(0).getText());

		driver.type("persona.goals.new", "Win the CFO over");
		assertEquals("Win the CFO over", driver.persona.getGoals().get(original.size()));
		assertEquals(original.size() + 1, driver.field("persona.goals", Table.class).getItemCount());

		driver.field("persona.goals", Table.class).setSelection(1);
		driver.press("persona.goals.remove");
		assertEquals(original.size(), driver.persona.getGoals().size());
		assertFalse(driver.persona.getGoals().contains(original.get(1)));

		for (int step = 0; step < 3; step++) {
			driver.stack().undo();
		}
		driver.settle();
		assertEquals(original, driver.persona.getGoals());
		assertEquals(original.get(0), driver.field("persona.goals", Table.class).getItem(0).getText());
	}

	@Test
	void anAgeThatIsNoNumberIsRefusedAndExplained() throws Exception {
		driver = PersonaEditorDriver.open("Katrin");
		DemographicsAndLifestylePage page = driver.show(DemographicsAndLifestylePage.ID,
				DemographicsAndLifestylePage.class);
		ScrolledForm form = page.getManagedForm().getForm();

		driver.type("demographics.ageMin", "about forty");
		assertEquals(38, driver.persona.getDemographics().getAgeMin());
		assertEquals(IMessageProvider.ERROR, form.getMessageType());
		assertTrue(form.getMessage().contains("whole number"), form.getMessage());
		assertFalse(driver.editor.isDirty());

		driver.type("demographics.ageMin", "40");
		assertEquals(40, driver.persona.getDemographics().getAgeMin());
		assertEquals(IMessageProvider.NONE, form.getMessageType());
	}

	@Test
	void theFirstCompanyDetailCreatesMarcosCompanyProfileInOneStep() throws Exception {
		driver = PersonaEditorDriver.open("Marco");
		assertNull(driver.persona.getCompany(), "the sample leaves Marco's company out");
		CompanyAndCommitteePage page = driver.show(CompanyAndCommitteePage.ID, CompanyAndCommitteePage.class);
		assertEquals("", driver.field("company.industry", Text.class).getText());

		driver.type("company.industry", "Industrial machinery");
		assertNotNull(driver.persona.getCompany());
		assertEquals("Industrial machinery", driver.persona.getCompany().getIndustry());
		assertNotNull(driver.persona.getCompany().getId(), "the new profile got its id when it joined the map");

		driver.stack().undo();
		driver.settle();
		assertNull(driver.persona.getCompany(), "one undo removes the profile the edit created");
		assertEquals("", driver.field("company.industry", Text.class).getText());
		assertEquals(IMessageProvider.NONE, page.getManagedForm().getForm().getMessageType(), "Marco is B2B");
	}

	@Test
	void buyingCommitteeRolesAreRenamedAddedAndRemoved() throws Exception {
		driver = PersonaEditorDriver.open("Katrin");
		CompanyAndCommitteePage page = driver.show(CompanyAndCommitteePage.ID, CompanyAndCommitteePage.class);

		driver.editCell("persona.buyingCommittee", 1, 1, "CFO");
		assertEquals("CFO", driver.persona.getBuyingCommittee().get(1).getTitle());
		assertEquals("CFO", driver.field("persona.buyingCommittee", Table.class).getItem(1).getText(1));

		driver.press("persona.buyingCommittee.add");
		page.committee().cancelEditing(); // Add starts editing the new role's title
		assertEquals(7, driver.persona.getBuyingCommittee().size());
		assertEquals("New role", driver.persona.getBuyingCommittee().get(6).getTitle());
		assertEquals(7, driver.field("persona.buyingCommittee", Table.class).getItemCount());

		driver.field("persona.buyingCommittee", Table.class).setSelection(6);
		driver.press("persona.buyingCommittee.remove");
		assertEquals(6, driver.persona.getBuyingCommittee().size());

		driver.stack().undo(); // the removal
		driver.stack().undo(); // the addition
		driver.stack().undo(); // the new title
		driver.settle();
		assertEquals("Chief Financial Officer", driver.persona.getBuyingCommittee().get(1).getTitle());
		assertEquals(6, driver.field("persona.buyingCommittee", Table.class).getItemCount());
	}

	@Test
	void untickingEveryDataSourceWarnsThatThePersonaIsAnAssumption() throws Exception {
		driver = PersonaEditorDriver.open("Katrin");
		DataSourcesPage page = driver.show(DataSourcesPage.ID, DataSourcesPage.class);
		ScrolledForm form = page.getManagedForm().getForm();
		Table evidence = driver.field("persona.evidence", Table.class);

		for (int row = 0; row < evidence.getItemCount(); row++) {
			if (evidence.getItem(row).getChecked()) {
				driver.check("persona.evidence", row, false);
			}
		}
		assertTrue(driver.persona.getEvidence().isEmpty());
		assertEquals(IMessageProvider.WARNING, form.getMessageType());
		assertTrue(form.getMessage().contains("built on no data source"), form.getMessage());

		driver.check("persona.evidence", 0, true);
		assertEquals(List.of(page.evidence().viewer().getElementAt(0)), driver.persona.getEvidence());
		assertEquals(IMessageProvider.NONE, form.getMessageType());
	}

	@Test
	void savingThePersonaEditorSavesTheMapAndCleansBothEditors() throws Exception {
		driver = PersonaEditorDriver.open("Marco");
		AtomicInteger dirtyChanges = new AtomicInteger();
		driver.editor.addPropertyListener((source, property) -> {
			if (property == IEditorPart.PROP_DIRTY) {
				dirtyChanges.incrementAndGet();
			}
		});
		driver.show(PortraitPage.ID, PortraitPage.class);
		driver.type("persona.segment", "Mid-market IT departments");
		assertTrue(driver.editor.isDirty());

		driver.editor.doSave(new NullProgressMonitor());
		driver.settle();
		assertFalse(driver.editor.isDirty());
		assertFalse(driver.mapEditor.isDirty(), "saved through the map editor");
		JourneyMap saved = MapFiles.load(Path.of(driver.mapFile.getLocationURI()));
		assertEquals("Mid-market IT departments", saved.getPersonas().get(1).getSegment());

		driver.type("persona.segment", "IT departments");
		int before = dirtyChanges.get();
		driver.mapEditor.doSave(new NullProgressMonitor());
		driver.settle();
		assertFalse(driver.editor.isDirty());
		assertTrue(dirtyChanges.get() > before, "saving in the map editor updates the persona editor's dirty mark");
	}
}
