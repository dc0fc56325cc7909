package org.cjmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.model.validation.ValidationRule;
import org.cjmstudio.model.validation.ValidationRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Rules come through the extension point org.cjmstudio.model.validationRules: CJM Studio's own (so the built-in
 * rules prove the mechanism) and a plugin's — this test bundle contributes one good rule and two broken ones.
 */
class ContributedRulesTest {

	private static Set<String> ids(ValidationRules rules) {
		return rules.all().stream().map(ValidationRule::id).collect(Collectors.toSet());
	}

	@Test
	void theBuiltInRulesArriveThroughTheExtensionPoint() {
		Set<String> installed = ids(ValidationRules.installed());
		Set<String> builtIn = ids(ValidationRules.standard());

		assertTrue(installed.containsAll(builtIn), "missing from plugin.xml: " + builtIn.stream()
				.filter(id -> !installed.contains(id)).toList());
		assertEquals(Set.of("tests.untitled-stage-draft", "tests.throws", "tests.loops", "tests.slow"),
				installed.stream().filter(id -> !builtIn.contains(id)).collect(Collectors.toSet()),
				"besides the built-in rules only this bundle's contributions whose classes can be created");
	}

	@Test
	void aPluginsRuleReportsLikeABuiltInOne() {
		MapFixtures fixture = new MapFixtures();
		fixture.purchase.setName("Purchase (draft)");

		List<Diagnostic> problems = MapValidation.installed().validate(fixture.map).getChildren();

		assertEquals(1, problems.size(), problems.toString());
		assertEquals("tests.untitled-stage-draft", Findings.ruleIdOf(problems.get(0)));
		assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
		assertEquals(List.of(), MapValidation.standard().validate(fixture.map).getChildren(),
				"the built-in rules alone do not know it");
	}

	@Test
	void brokenContributionsAreLeftOutAndTheRestStillWork() {
		Set<String> installed = ids(ValidationRules.installed());

		assertFalse(installed.contains("tests.missing-class"), "a class the plugin does not ship");
		assertFalse(installed.contains("tests.declared-otherwise"), "an id the class does not have");
		assertTrue(installed.contains("barrier.no-evidence"));
	}
}
