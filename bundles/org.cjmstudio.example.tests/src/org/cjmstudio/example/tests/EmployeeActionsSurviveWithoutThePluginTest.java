package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.example.blueprint.BlueprintPackage;
import org.cjmstudio.example.blueprint.EmployeeAction;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team that uses the example plugin saves a map with employee actions; a colleague without the plugin opens it,
 * renames a stage and saves; back with the plugin, the employee actions are all there.
 */
class EmployeeActionsSurviveWithoutThePluginTest {

	@TempDir
	Path folder;

	/** Where the plugin is installed (EMF's global registry knows its package) or not (only CJM Studio's). */
	private static ResourceSet where(boolean pluginInstalled) {
		return pluginInstalled ? MapFiles.newResourceSet() : ExampleMaps.withoutThePlugin();
	}

	@Test
	void employeeActionsAreKeptByAWorkbenchWithoutThePlugin() throws IOException {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Opening a current account");
		EmployeeAction check = (EmployeeAction) BlueprintPackage.eINSTANCE.getEFactoryInstance()
				.create(BlueprintPackage.EMPLOYEE_ACTION);
		check.setName("Checks the passport");
		check.setActor("KYC back office");
		check.setBackStage(true);
		check.setColor("#ffcc00");
		map.getStages().get(3).getLaneCards().add(check);
		Path file = folder.resolve("account.cjm");
		MapFiles.save(map, file);
		String savedWithPlugin = Files.readString(file);
		assertTrue(savedWithPlugin.contains("xsi:type=\"blueprint:EmployeeAction\""), savedWithPlugin);

		JourneyMap withoutPlugin = MapFiles.load(file, where(false));
		assertEquals(0, withoutPlugin.getStages().get(3).getLaneCards().size(), "not shown without the plugin");
		String firstStage = withoutPlugin.getStages().get(0).getName();
		withoutPlugin.getStages().get(0).setName("Realises the old account costs too much");
		MapFiles.save(withoutPlugin.eResource(), file);

		assertEquals(savedWithPlugin.replace("name=\"" + firstStage + "\"",
				"name=\"Realises the old account costs too much\""), Files.readString(file),
				"the file as it was, but for the rename");
		Stage purchase = MapFiles.load(file, where(true)).getStages().get(3);
		assertEquals(1, purchase.getLaneCards().size());
		EmployeeAction back = assertInstanceOf(EmployeeAction.class, purchase.getLaneCards().get(0));
		assertEquals("Checks the passport", back.getName());
		assertEquals("KYC back office", back.getActor());
		assertTrue(back.isBackStage());
		assertEquals("#ffcc00", back.getColor());
		assertEquals(check.getId(), back.getId());
	}
}
