package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.contributions.SwitchedOff;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.model.validation.ValidationRule;
import org.cjmstudio.model.validation.ValidationRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin's rule that throws, never returns, or takes longer than its budget on a map is switched off for the
 * session: the user is told once, naming the plugin; the map's other findings are still reported; the map is
 * unchanged and can be edited and validated again. The rules are this test bundle's contributions (plugin.xml).
 */
class MisbehavingRulesTest {

	private static final String PLUGIN = "org.cjmstudio.model.tests";

	private final List<PluginFailedException> told = new CopyOnWriteArrayList<>();
	private Consumer<PluginFailedException> previousTeller;
	private final MapFixtures fixture = new MapFixtures();

	@BeforeEach
	void listen() {
		previousTeller = SwitchedOff.tellUserWith(told::add);
		fixture.purchase.setName("Purchase (draft)");
	}

	@AfterEach
	void stopListening() {
		SwitchedOff.tellUserWith(previousTeller);
	}

	private Stage firstStage() {
		return fixture.map.getStages().get(0);
	}

	private List<String> ruleIds(Diagnostic result) {
		return result.getChildren().stream().map(Findings::ruleIdOf).toList();
	}

	private ValidationRule<?> installedRule(String id) {
		return ValidationRules.installed().all().stream().filter(rule -> rule.id().equals(id)).findFirst()
				.orElseThrow();
	}

	/** Validates twice: the second time the broken rule is off and nobody is told again. */
	private Diagnostic validateTwiceAndCheckTheMap() {
		JourneyMap before = EcoreUtil.copy(fixture.map);
		Diagnostic first = MapValidation.installed().validate(fixture.map);
		assertTrue(EcoreUtil.equals(before, fixture.map), "validation leaves the map as it was");
		Diagnostic second = MapValidation.installed().validate(fixture.map);
		assertEquals(ruleIds(first), ruleIds(second));
		assertEquals(1, told.size(), "told once: " + told);
		return first;
	}

	@Test
	void aRuleThatThrowsIsSwitchedOffAndTheOtherFindingsRemain() {
		firstStage().setName("Throw");

		Diagnostic result = validateTwiceAndCheckTheMap();

		assertEquals(List.of("tests.untitled-stage-draft"), ruleIds(result), "the other rules still report");
		assertEquals(PLUGIN, told.get(0).plugin());
		assertEquals("The validation rule 'tests.throws' of plugin '" + PLUGIN + "' failed (IllegalStateException: "
				+ "bug in the rule). It is switched off until CJM Studio restarts; the maps are unchanged.",
				told.get(0).getMessage());
		assertFalse(ValidationRules.installed().isUsable(installedRule("tests.throws")));
		assertTrue(ValidationRules.installed().isUsable(installedRule("tests.untitled-stage-draft")));
	}

	@Test
	void aRuleThatNeverReturnsIsGivenUpOnAfterItsBudgetAndTheMapStaysEditable() {
		firstStage().setName("Loop");

		long start = System.nanoTime();
		Diagnostic result = validateTwiceAndCheckTheMap();
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertTrue(millis < 5_000, "validated in " + millis + " ms despite the endless loop");
		assertEquals(List.of("tests.untitled-stage-draft"), ruleIds(result));
		assertTrue(told.get(0).getMessage().startsWith("The validation rule 'tests.loops' of plugin '" + PLUGIN
				+ "' failed (it did not finish within 200 ms on the map 'Buying a bike online' (an endless loop?); "
				+ "the map was validated without it)"), told.get(0).getMessage());

		firstStage().setName("Need (draft)");
		assertEquals(List.of("tests.untitled-stage-draft", "tests.untitled-stage-draft"),
				ruleIds(MapValidation.installed().validate(fixture.map)), "edited and validated again");
	}

	@Test
	void aRuleOverItsBudgetOnAMapIsSwitchedOff() {
		for (int i = 0; i < 3; i++) {
			fixture.map.getStages().get(i).setName("Slow " + i);
		}

		validateTwiceAndCheckTheMap();

		assertTrue(told.get(0).getMessage().matches("The validation rule 'tests.slow' of plugin '" + PLUGIN
				+ "' failed \\(it took \\d+ ms on the map 'Buying a bike online', more than its budget of 200 ms "
				+ "and 50 µs per element; the map was validated without it\\)\\..*"), told.get(0).getMessage());
	}

	@Test
	void aRuleWhoseClassIsMissingIsLeftOutAndSwitchedOff() {
		ValidationRules.installed();

		assertTrue(SwitchedOff.keys().contains(SwitchedOff.key(PLUGIN, "org.cjmstudio.model.validationRules",
				"tests.missing-class")), SwitchedOff.keys().toString());
	}

	@Test
	void aContributionLeftOutIsToldOnce() {
		String key = SwitchedOff.key(PLUGIN, "org.cjmstudio.model.validationRules", "tests.told-once");

		SwitchedOff.leftOut(key, PLUGIN, "the validation rule 'tests.told-once'", "its class cannot be found");
		SwitchedOff.leftOut(key, PLUGIN, "the validation rule 'tests.told-once'", "its class cannot be found");

		assertEquals(1, told.size());
		assertEquals("The validation rule 'tests.told-once' of plugin '" + PLUGIN + "' is left out: its class cannot "
				+ "be found.", told.get(0).getMessage());
		assertTrue(SwitchedOff.isOff(key));
	}
}
