package org.cjmstudio.cli;

/** The exit codes a shell user can test, the same for every command. */
public final class ExitCode {

	/** Done; for validate: no errors (warnings may have been printed). */
	public static final int OK = 0;
	/** The command ran and found problems: a map with validation errors. */
	public static final int PROBLEMS = 1;
	/** The command line was wrong: unknown command, missing argument. */
	public static final int USAGE = 2;
	/** A file could not be read or written, or the environment lacks something (e.g. a display to render). */
	public static final int FAILURE = 3;

	private ExitCode() {
	}
}
