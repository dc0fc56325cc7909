package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.templates.InstalledTemplate;
import org.cjmstudio.model.templates.InstalledTemplates;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Templates for File > New > Journey Map come through the extension point org.cjmstudio.templates: CJM Studio's own
 * (so the built-in ones prove the mechanism) and a plugin's — this test bundle contributes good, failing and broken
 * ones (see its plugin.xml).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContributedTemplatesTest {

	private static List<String> ids(List<InstalledTemplate> templates) {
		return templates.stream().map(InstalledTemplate::id).toList();
	}

	@Test
	void theWizardsListIsOursAndThePluginsInTheirOrder() {
		List<InstalledTemplate> installed = InstalledTemplates.installed();

		assertEquals(List.of("org.cjmstudio.templates.b2c", "tests.service-check", "org.cjmstudio.templates.b2b",
				"tests.fails-when-used", "tests.quick-survey", "org.cjmstudio.templates.blank"), ids(installed),
				"by order (B2C 10, the plugin's 15, B2B 20, default 500 by name, Blank 1000)");
		assertEquals("org.cjmstudio.model", installed.get(0).plugin());
		assertEquals("org.cjmstudio.model.tests", installed.get(1).plugin());
		assertEquals("Service check: book, visit, follow-up", installed.get(1).label());
		assertEquals("Quick survey", installed.get(4).label(), "no description, no colon");
	}

	@Test
	void theBuiltInTemplatesArriveThroughTheExtensionPointAsStandardLists() {
		List<InstalledTemplate> ours = InstalledTemplates.installed().stream()
				.filter(template -> template.plugin().equals("org.cjmstudio.model")).toList();
		List<InstalledTemplate> standard = InstalledTemplates.standard();

		assertEquals(ids(standard), ids(ours), "plugin.xml and standard() name the same templates");
		for (int i = 0; i < standard.size(); i++) {
			assertEquals(standard.get(i).label(), ours.get(i).label());
			assertEquals(standard.get(i).order(), ours.get(i).order());
			assertEquals(standard.get(i).template().getClass(), ours.get(i).template().getClass());
		}
	}

	@Test
	void aPluginsTemplateMakesTheMapWithIdsOnEveryElement() throws PluginFailedException {
		InstalledTemplate serviceCheck = byId("tests.service-check");

		JourneyMap map = serviceCheck.newMap("Car service", "");

		assertEquals("Car service", map.getTitle());
		assertEquals(List.of("Book", "Visit", "Follow-up"), map.getStages().stream().map(Stage::getName).toList());
		assertTrue(map.getStages().stream().allMatch(stage -> stage.getId() != null), "ids assigned afterwards");
		assertEquals(14, map.getChannels().size(), "the standard channels from newEmptyMap");
	}

	@Test
	void theBuiltInTemplatesThroughTheExtensionPointMakeTheirMaps() throws PluginFailedException {
		assertEquals(6, byId("org.cjmstudio.templates.b2c").newMap("B2C", "").getStages().size());
		JourneyMap b2b = byId("org.cjmstudio.templates.b2b").newMap("B2B", "Katrin");
		assertEquals(4, b2b.getPersonas().get(0).getBuyingCommittee().size());
		assertTrue(byId("org.cjmstudio.templates.blank").newMap("Blank", "").getStages().isEmpty());
	}

	/** Last: the failing template is switched off for the rest of the session, as a user would meet it. */
	@Test
	@Order(Integer.MAX_VALUE)
	void aTemplateThatThrowsIsReportedWithItsPluginsNameAndSwitchedOff() {
		PluginFailedException failure = assertThrows(PluginFailedException.class,
				() -> byId("tests.fails-when-used").newMap("Anything", ""));

		assertTrue(failure.getMessage().contains("'Fails when used'"), failure.getMessage());
		assertTrue(failure.getMessage().contains("plugin 'org.cjmstudio.model.tests'"), failure.getMessage());
		assertTrue(failure.getMessage().contains("the stage list was never loaded"), failure.getMessage());
		assertEquals("org.cjmstudio.model.tests", failure.plugin());
		assertFalse(ids(InstalledTemplates.installed()).contains("tests.fails-when-used"),
				"not offered again this session");
		assertTrue(ids(InstalledTemplates.installed()).contains("tests.service-check"), "the plugin's others stay");
	}

	@Test
	void brokenContributionsAreLeftOutWithAWarningNamingThePlugin() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		List<String> installed;
		try {
			installed = ids(InstalledTemplates.installed());
		} finally {
			Platform.removeLogListener(listener);
		}

		for (String broken : List.of("tests.missing-class", "tests.not-a-template", "tests.constructor-throws",
				"tests.order-in-words")) {
			assertFalse(installed.contains(broken), broken);
			assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.WARNING
					&& status.getMessage().contains("plugin 'org.cjmstudio.model.tests'")
					&& status.getMessage().contains("'" + broken + "'")), broken + " not logged: " + logged);
		}
		assertEquals(1, installed.stream().filter("org.cjmstudio.templates.b2c"::equals).count(),
				"a taken id is not offered twice");
		assertEquals("org.cjmstudio.model", byId("org.cjmstudio.templates.b2c").plugin(),
				"a plugin cannot replace CJM Studio's own template");
		assertTrue(logged.stream().anyMatch(status -> status.getMessage().contains("is taken")), logged.toString());
	}

	private static InstalledTemplate byId(String id) {
		return InstalledTemplates.installed().stream().filter(template -> template.id().equals(id)).findFirst()
				.orElseThrow();
	}
}
