package org.cjmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.cli.ExitCode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code cjm}'s subcommands come through the extension point org.cjmstudio.cli.commands: CJM Studio's own and a
 * plugin's — this test bundle contributes a good command, one that throws, one whose class is missing and one whose
 * name is taken. A story in order: a failed command stays switched off for the rest of the session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstalledCommandsTest {

	private static final String PLUGIN = "org.cjmstudio.cli.tests";

	private final CjmShell shell = new CjmShell();

	private List<String> listedCommands() {
		return shell.out().lines().filter(line -> line.startsWith("  cjm "))
				.map(line -> line.substring("  cjm ".length()).split(" ")[0]).toList();
	}

	private long linesNamingThePlugin() {
		return shell.err().lines().filter(line -> line.contains("plugin '" + PLUGIN + "'")).count();
	}

	@Test
	@Order(1)
	void helpListsOurCommandsInTheirOrderThenThePluginsAndNamesTheBrokenOneOnce() {
		assertEquals(ExitCode.OK, shell.run("help"));

		assertEquals(List.of("validate", "export", "import", "query", "render", "tests-greet", "tests-throws"),
				listedCommands(), "ours by their order, then the plugin's by name; the missing class and the taken "
						+ "name are left out");
		assertTrue(shell.out().contains("cjm tests-greet NAME  greet someone"), shell.out());
		assertTrue(shell.out().contains("cjm validate MAP.cjm..."), "validate stays ours: " + shell.out());
		assertEquals(1, linesNamingThePlugin(), shell.err());
		assertTrue(shell.err().startsWith("cjm help: The command 'tests-missing' of plugin '" + PLUGIN
				+ "' failed (ClassNotFoundException: org.cjmstudio.cli.tests.plugin.NoSuchCommand"), shell.err());

		assertEquals(ExitCode.OK, shell.run("help"));
		assertEquals("", shell.err(), "told once");
	}

	@Test
	@Order(2)
	void aPluginsCommandRunsLikeOurs() {
		assertEquals(ExitCode.OK, shell.run("tests-greet", "Lena"), shell.err());
		assertEquals("Hello, Lena\n", shell.out());

		assertEquals(ExitCode.USAGE, shell.run("tests-greet"));
		assertEquals("cjm tests-greet: give one name\nusage: cjm tests-greet NAME  greet someone (a test plugin's "
				+ "command)\n", shell.err());
	}

	@Test
	@Order(3)
	void aCommandThatThrowsCostsOneLineNamingThePluginAndIsSwitchedOff() {
		assertEquals(ExitCode.FAILURE, shell.run("tests-throws"));

		assertEquals("cjm tests-throws: The command 'tests-throws' of plugin '" + PLUGIN + "' failed "
				+ "(UnsupportedOperationException: bug in the command). It is switched off until CJM Studio restarts; "
				+ "the maps are unchanged.\n", shell.err());
		assertEquals("", shell.out());

		assertEquals(ExitCode.USAGE, shell.run("tests-throws"));
		assertTrue(shell.err().startsWith("cjm: unknown command 'tests-throws'"), shell.err());
		assertEquals(ExitCode.OK, shell.run("help"));
		assertFalse(listedCommands().contains("tests-throws"), shell.out());
		assertTrue(listedCommands().contains("validate"), "the others still work");
	}
}
