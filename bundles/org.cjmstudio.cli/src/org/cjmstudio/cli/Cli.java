package org.cjmstudio.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.cli.commands.ExportCommand;
import org.cjmstudio.cli.commands.ImportCommand;
import org.cjmstudio.cli.commands.QueryCommand;
import org.cjmstudio.cli.commands.RenderCommand;
import org.cjmstudio.cli.commands.ValidateCommand;

/**
 * {@code cjm COMMAND ARGUMENTS...}: finds the command, runs it, and turns a wrong command line into a short message
 * and exit code 2. A registry of commands, so plugins can add their own later.
 */
public final class Cli {

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();
	private final Console console;

	public Cli(Console console) {
		this.console = console;
		register(new ValidateCommand());
		register(new ExportCommand());
		register(new ImportCommand());
		register(new QueryCommand());
		register(new RenderCommand());
	}

	public void register(CliCommand command) {
		commands.put(command.name(), command);
	}

	public int run(List<String> arguments) {
		if (arguments.isEmpty() || List.of("help", "-h", "--help").contains(arguments.get(0))) {
			printHelp();
			return arguments.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
		}
		CliCommand command = commands.get(arguments.get(0));
		if (command == null) {
			console.err().println("cjm: unknown command '" + arguments.get(0) + "' (commands: "
					+ String.join(", ", commands.keySet()) + "; see cjm help)");
			return ExitCode.USAGE;
		}
		try {
			return command.run(arguments.subList(1, arguments.size()), console);
		} catch (UsageException e) {
			console.err().println("cjm " + command.name() + ": " + e.getMessage());
			console.err().println("usage: cjm " + command.usage());
			return ExitCode.USAGE;
		}
	}

	private void printHelp() {
		console.out().println("usage: cjm COMMAND ARGUMENTS...");
		for (CliCommand command : commands.values()) {
			console.out().println("  cjm " + command.usage());
		}
		console.out().println("exit codes: 0 done, 1 problems found, 2 wrong command line, 3 a file or the "
				+ "environment failed");
	}
}
