package org.cjmstudio.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.contributions.SwitchedOff;

/**
 * {@code cjm COMMAND ARGUMENTS...}: finds the command among those installed (contributed to {@code
 * org.cjmstudio.cli.commands}, ours and plugins'), runs it, and turns a wrong command line into a short message and
 * exit code 2. A plugin's command that fails (its class is missing, it throws) costs one line on standard error naming
 * the plugin and exit code 3, never a stack trace; it is switched off for the rest of the run.
 */
public final class Cli {

	private final Map<String, InstalledCommand> commands = new LinkedHashMap<>();
	private final Console console;

	public Cli(Console console) {
		this.console = console;
		for (InstalledCommand command : InstalledCommands.read()) {
			commands.put(command.name(), command);
		}
	}

	/** Adds a command made in code (after the installed ones in help); it replaces an installed one of that name. */
	public void register(CliCommand command) {
		commands.put(command.name(), InstalledCommand.of(command));
	}

	/**
	 * Runs one command line. Failures of plugins nobody else reports (a validation rule that throws or loops) are
	 * told as one line on standard error each, while it runs.
	 */
	public int run(List<String> arguments) {
		Consumer<PluginFailedException> previous = SwitchedOff.tellUserWith(
				failure -> console.err().println("cjm: " + failure.getMessage()));
		try {
			return runCommand(arguments);
		} finally {
			SwitchedOff.tellUserWith(previous);
		}
	}

	private int runCommand(List<String> arguments) {
		if (arguments.isEmpty() || List.of("help", "-h", "--help").contains(arguments.get(0))) {
			printHelp();
			return arguments.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
		}
		InstalledCommand installed = commands.get(arguments.get(0));
		if (installed == null || !installed.isUsable()) {
			console.err().println("cjm: unknown command '" + arguments.get(0) + "' (commands: "
					+ String.join(", ", usableNames()) + "; see cjm help)");
			return ExitCode.USAGE;
		}
		CliCommand command;
		try {
			command = installed.command();
		} catch (PluginFailedException broken) {
			console.err().println("cjm " + installed.name() + ": " + broken.getMessage());
			return ExitCode.FAILURE;
		}
		try {
			return command.run(arguments.subList(1, arguments.size()), console);
		} catch (UsageException e) {
			console.err().println("cjm " + command.name() + ": " + e.getMessage());
			console.err().println("usage: cjm " + command.usage());
			return ExitCode.USAGE;
		} catch (RuntimeException | LinkageError | StackOverflowError | AssertionError bug) {
			console.err().println("cjm " + installed.name() + ": " + installed.failed(bug).getMessage());
			return ExitCode.FAILURE;
		}
	}

	private List<String> usableNames() {
		return commands.values().stream().filter(InstalledCommand::isUsable).map(InstalledCommand::name).toList();
	}

	private void printHelp() {
		console.out().println("usage: cjm COMMAND ARGUMENTS...");
		for (InstalledCommand installed : commands.values()) {
			if (!installed.isUsable()) {
				continue;
			}
			try {
				console.out().println("  cjm " + installed.command().usage());
			} catch (PluginFailedException broken) {
				console.err().println("cjm help: " + broken.getMessage());
			} catch (RuntimeException | LinkageError bug) {
				console.err().println("cjm help: " + installed.failed(bug).getMessage());
			}
		}
		console.out().println("exit codes: 0 done, 1 problems found, 2 wrong command line, 3 a file or the "
				+ "environment failed");
	}
}
