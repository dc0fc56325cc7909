package org.cjmstudio.cli.tests.plugin;

import java.util.List;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;

/** A plugin's command: {@code cjm tests-greet NAME} prints "Hello, NAME". */
public final class GreetCommand implements CliCommand {

	@Override
	public String name() {
		return "tests-greet";
	}

	@Override
	public String usage() {
		return "tests-greet NAME  greet someone (a test plugin's command)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		if (arguments.size() != 1) {
			throw new UsageException("give one name");
		}
		console.out().println("Hello, " + arguments.get(0));
		return ExitCode.OK;
	}
}
