package org.cjmstudio.cli.tests.plugin;

import java.util.List;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;

/** A plugin's command with a bug: it throws instead of doing its work. */
public final class ThrowingCommand implements CliCommand {

	@Override
	public String name() {
		return "tests-throws";
	}

	@Override
	public String usage() {
		return "tests-throws  a command with a bug (a test plugin's command)";
	}

	@Override
	public int run(List<String> arguments, Console console) {
		throw new UnsupportedOperationException("bug in the command");
	}
}
