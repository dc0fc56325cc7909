package org.cjmstudio.cli;

import java.util.List;

/** One sub-command of {@code cjm}, such as {@code cjm validate MAP...}. */
public interface CliCommand {

	String name();

	/** One line for {@code cjm help}, e.g. {@code validate MAP...   check maps against the CX rules}. */
	String usage();

	/** Runs with the arguments after the command name; returns an {@link ExitCode}. */
	int run(List<String> arguments, Console console) throws UsageException;
}
