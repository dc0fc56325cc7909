package org.cjmstudio.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.cli.Cli;
import org.cjmstudio.cli.Console;
import org.cjmstudio.samples.SampleMap;

/** Runs {@code cjm} as a shell would, keeping what the last command printed to standard output and error. */
final class CjmShell {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code cjm ARGUMENTS...} and returns its exit code. */
	int run(String... arguments) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(console).run(List.of(arguments));
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The shipped sample as a file in {@code folder}, copied there the first time it is asked for. */
	static Path sample(SampleMap sample, Path folder) throws IOException {
		Path file = folder.resolve(sample.fileName());
		if (Files.notExists(file)) {
			try (InputStream in = sample.open()) {
				Files.copy(in, file);
			}
		}
		return file;
	}
}
