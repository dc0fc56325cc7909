package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.model.persistence.MapFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map whose stage holds cards of a plugin's lane (Stage.laneCards, typed by the plugin's own EMF package) is
 * opened, edited and saved where that plugin is not installed: its cards stay in the file as they were. (The round
 * trip back into a workbench with the plugin is the example plugin's EmployeeActionsSurviveWithoutThePluginTest.)
 */
class UninstalledPluginContentTest {

	private static final String MAP_WITH_A_PLUGINS_CARD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<cjm:JourneyMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:blueprint="https://example.org/cjm/blueprint/1.0" xmlns:cjm="https://w3id.org/cjmstudio/model/1.0"
			    id="m1" title="Opening an account">
			  <stages id="s1" name="Apply">
			    <laneCards xsi:type="blueprint:EmployeeAction" id="a1" color="#ffcc00" name="Checks the passport" actor="Branch clerk">
			      <note>Takes 5 minutes</note>
			    </laneCards>
			  </stages>
			</cjm:JourneyMap>
			""";

	@TempDir
	Path folder;

	@Test
	void cardsOfAPluginThatIsNotInstalledStayInTheFile() throws IOException {
		Path file = folder.resolve("account.cjm");
		Files.writeString(file, MAP_WITH_A_PLUGINS_CARD);

		JourneyMap map = MapFiles.load(file);
		assertEquals(0, map.getStages().get(0).getLaneCards().size(), "nothing of it is shown without the plugin");
		map.getStages().get(0).setName("Applies online"); // the team edits the map
		MapFiles.save(map.eResource(), file);

		String saved = Files.readString(file);
		assertTrue(saved.contains("name=\"Applies online\""), saved);
		assertTrue(saved.contains("<laneCards xsi:type=\"blueprint:EmployeeAction\" id=\"a1\" color=\"#ffcc00\""
				+ " name=\"Checks the passport\" actor=\"Branch clerk\">"), saved);
		assertTrue(saved.contains("<note>Takes 5 minutes</note>"), saved);
		assertTrue(saved.contains("xmlns:blueprint=\"https://example.org/cjm/blueprint/1.0\""), saved);
		assertEquals(map.getStages().get(0).getName(), MapFiles.load(file).getStages().get(0).getName());
	}

	@Test
	void aMisspeltAttributeOfOurOwnIsStillAnError() throws IOException {
		Path file = folder.resolve("mood.cjm");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<cjm:JourneyMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:cjm="https://w3id.org/cjmstudio/model/1.0" id="m1" title="Bikes">
				  <stages id="s1" name="Need" mood="sunny"/>
				</cjm:JourneyMap>
				""");

		MapFileException problem = assertThrows(MapFileException.class, () -> MapFiles.load(file));
		assertEquals(4, problem.line());
		assertTrue(problem.reason().contains("mood"), problem.reason());
	}

	@Test
	void aCardOfAnUnknownKindInOneOfOurListsIsStillAnError() throws IOException {
		Path file = folder.resolve("kind.cjm");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<cjm:JourneyMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:cjm="https://w3id.org/cjmstudio/model/1.0" id="m1" title="Bikes">
				  <stages id="s1" name="Need">
				    <laneCards xsi:type="cjm:Pancake" id="c1"/>
				  </stages>
				</cjm:JourneyMap>
				""");

		MapFileException problem = assertThrows(MapFileException.class, () -> MapFiles.load(file));
		assertEquals(6, problem.line());
	}
}
