package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.cli.Cli;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.model.persistence.MapFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjm consent}, the example's subcommand through org.cjmstudio.cli.commands. */
class ConsentCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int cjm(String... arguments) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(List.of(arguments));
	}

	@Test
	void itNamesTheSignUpFormAndExitsWithProblems() throws IOException {
		Path map = folder.resolve("account.cjm");
		MapFiles.save(ExampleMaps.signUpWithoutConsent(), map);

		assertEquals(ExitCode.PROBLEMS, cjm("consent", map.toString()), err.toString(StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.startsWith(map + ": GDPR: touchpoint 'Sign-up form' in stage 'Purchase'"), printed);
		assertEquals(1, printed.lines().count(), printed);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 touchpoint collects personal data without consent"));
	}

	@Test
	void cjmHelpListsItAndAMissingMapIsAUsageError() {
		cjm("help");
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("consent MAP.cjm..."), out.toString());

		assertEquals(ExitCode.USAGE, cjm("consent"));
	}
}
