package org.cjmstudio.cli;

import java.io.PrintStream;

/** Where a command writes: results to standard output, progress and problems to standard error. */
public record Console(PrintStream out, PrintStream err) {

	public static Console system() {
		return new Console(System.out, System.err);
	}
}
