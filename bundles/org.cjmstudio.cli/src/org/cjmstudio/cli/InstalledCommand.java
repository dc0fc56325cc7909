package org.cjmstudio.cli;

import org.cjmstudio.model.contributions.Contributed;
import org.cjmstudio.model.contributions.PluginFailedException;

/**
 * One {@code cjm} subcommand as installed: the name it is typed by, where it stands in {@code cjm help}, the plugin
 * that contributed it, and the command, created on first use. A command that cannot be created, calls itself by
 * another name, or throws is switched off for the rest of the run.
 */
final class InstalledCommand {

	private final String name;
	private final int order;
	private final Contributed<CliCommand> contribution;

	InstalledCommand(String name, int order, Contributed<CliCommand> contribution) {
		this.name = name;
		this.order = order;
		this.contribution = contribution;
	}

	/** A command registered in code, e.g. by a test; it is not switched off across runs of other {@link Cli}s. */
	static InstalledCommand of(CliCommand command) {
		return new InstalledCommand(command.name(), InstalledCommands.DEFAULT_ORDER, new Contributed<>(
				"code:" + command.getClass().getName(), InstalledCommands.EXTENSION_POINT, command.name(),
				"the command '" + command.name() + "'", CliCommand.class, () -> command));
	}

	String name() {
		return name;
	}

	int order() {
		return order;
	}

	String plugin() {
		return contribution.plugin();
	}

	boolean isUsable() {
		return !contribution.isOff();
	}

	CliCommand command() throws PluginFailedException {
		CliCommand command = contribution.instance();
		if (!name.equals(command.name())) {
			throw contribution.failed(new IllegalStateException("it is declared as '" + name + "' but its class calls "
					+ "itself '" + command.name() + "'"));
		}
		return command;
	}

	/** Switches the command off after {@code bug} and returns the exception whose message tells the user. */
	PluginFailedException failed(Throwable bug) {
		return contribution.failed(bug);
	}
}
