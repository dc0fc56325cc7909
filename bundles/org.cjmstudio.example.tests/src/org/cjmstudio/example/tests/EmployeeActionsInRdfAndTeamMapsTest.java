package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.cjmstudio.collab.apply.GraphToModel;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.example.blueprint.BlueprintPackage;
import org.cjmstudio.example.blueprint.EmployeeAction;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.persistence.UninstalledPluginContent;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's lane cards (the example's employee actions) are not lost on the way out of a map file: the RDF export
 * carries them in the plugin's namespace and the import reads them back where the plugin is installed; a team map
 * carries them between two workbenches with the plugin. Where it is not installed, the export and sharing refuse the
 * map, naming the cards and the plugin's namespace, and the import names each card it leaves out.
 */
class EmployeeActionsInRdfAndTeamMapsTest {

	private static final String BLUEPRINT = BlueprintPackage.NS_URI + "#";

	@TempDir
	Path folder;

	private static JourneyMap mapWithAnEmployeeAction() {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Opening a current account");
		EmployeeAction check = (EmployeeAction) BlueprintPackage.eINSTANCE.getEFactoryInstance()
				.create(BlueprintPackage.EMPLOYEE_ACTION);
		check.setName("Checks the passport");
		check.setActor("KYC back office");
		check.setBackStage(true);
		check.setColor("#ffcc00");
		map.getStages().get(3).getLaneCards().add(check);
		ElementIds.assignMissing(map);
		return map;
	}

	private static EmployeeAction theAction(JourneyMap map) {
		Stage purchase = map.getStages().get(3);
		assertEquals(1, purchase.getLaneCards().size(), purchase.getName());
		return assertInstanceOf(EmployeeAction.class, purchase.getLaneCards().get(0));
	}

	@Test
	void theRdfExportCarriesEmployeeActionsInThePluginsNamespaceAndTheImportReadsThemBack() throws Exception {
		JourneyMap map = mapWithAnEmployeeAction();
		EmployeeAction check = theAction(map);
		Path turtle = folder.resolve("account.ttl");

		Formats.exporters().named("ttl").orElseThrow().write(List.of(map), turtle);

		String written = Files.readString(turtle);
		assertTrue(written.contains("<" + BLUEPRINT + "EmployeeAction>"), written);
		assertTrue(written.contains("<" + BLUEPRINT + "actor>") && written.contains("\"KYC back office\""), written);
		assertTrue(written.contains("<" + BLUEPRINT + "backStage>"), written);
		assertTrue(written.contains("cjm:laneCards"), written);
		ImportResult imported = RdfImport.read(turtle, RdfFormat.TURTLE);
		EmployeeAction back = theAction(imported.maps().get(0));
		assertEquals(check.getId(), back.getId());
		assertEquals("Checks the passport", back.getName());
		assertEquals("KYC back office", back.getActor());
		assertTrue(back.isBackStage());
		assertEquals("#ffcc00", back.getColor());
		assertTrue(imported.report().leftNothingOut(), imported.report().toString());
	}

	@Test
	void anImportNamesTheCardsOfAPluginThatIsNotInstalled() throws Exception {
		Path turtle = folder.resolve("account.ttl");
		Formats.exporters().named("ttl").orElseThrow().write(List.of(mapWithAnEmployeeAction()), turtle);
		String elsewhere = Files.readString(turtle).replace(BlueprintPackage.NS_URI,
				"https://acme.example/cjm/not-installed/1.0");

		ImportResult imported = RdfImport.read(new ByteArrayInputStream(elsewhere.getBytes(StandardCharsets.UTF_8)),
				RdfFormat.TURTLE);

		assertEquals(0, imported.maps().get(0).getStages().get(3).getLaneCards().size());
		assertFalse(imported.report().leftNothingOut());
		String report = imported.report().toString();
		assertTrue(report.contains("its rdf:type <https://acme.example/cjm/not-installed/1.0#EmployeeAction> is no "
				+ "kind of cjm:Card known here: a card of a plugin that is not installed? Install the plugin to import "
				+ "it; it was left out"), report);
	}

	@Test
	void aTeamMapCarriesEmployeeActionsBetweenTwoWorkbenchesWithThePlugin() throws Exception {
		JourneyMap lenas = mapWithAnEmployeeAction();
		ElementTriples shared = ElementTriples.of(lenas);
		Graph teamGraph = shared.toGraph();

		// Omar opens the team map: it is read from the team repository's graph, as MapSession does
		JourneyMap omars = RdfImport.read(teamGraph).maps().get(0);
		assertEquals("KYC back office", theAction(omars).getActor());

		// Lena changes who does it; Omar's map follows the change the way a live session applies it
		EmployeeAction lenasAction = theAction(lenas);
		lenasAction.setActor("Branch clerk");
		shared.refresh(List.of(lenasAction), lenas).applyTo(teamGraph);
		new GraphToModel(teamGraph, omars).update(List.of(lenasAction.getId()));

		assertEquals("Branch clerk", theAction(omars).getActor());
		assertEquals("Checks the passport", theAction(omars).getName());
		assertTrue(theAction(omars).isBackStage());
	}

	@Test
	void withoutThePluginTheRdfExportAndSharingRefuseTheMapAndSayWhy() throws Exception {
		Path file = folder.resolve("account.cjm");
		MapFiles.save(mapWithAnEmployeeAction(), file);
		JourneyMap map = MapFiles.load(file, ExampleMaps.withoutThePlugin());
		assertEquals(0, map.getStages().get(3).getLaneCards().size(), "not in the map without the plugin");
		String kept = "The map 'Opening a current account' holds 1 card of a plugin that is not installed here ("
				+ BlueprintPackage.NS_URI + ")";
		assertEquals(kept, UninstalledPluginContent.describe(map));
		Path turtle = folder.resolve("account.ttl");

		IOException export = assertThrows(IOException.class,
				() -> Formats.exporters().named("ttl").orElseThrow().write(List.of(map), turtle));
		assertEquals(kept + ", which the RDF export cannot carry without the plugin: install it to export the map. "
				+ "Nothing was written to account.ttl.", export.getMessage());
		assertFalse(Files.exists(turtle));

		// refused before it connects: no repository is needed to see it
		IOException share = assertThrows(IOException.class, () -> MapSession.share(null, map, null, null, null));
		assertEquals(kept + ", which a team map cannot carry without the plugin: install it to share the map. "
				+ "Nothing was shared.", share.getMessage());
	}
}
