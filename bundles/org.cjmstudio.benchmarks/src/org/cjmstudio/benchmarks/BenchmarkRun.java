package org.cjmstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What every benchmark reports about the run it made, and where its results go: the machine, the load around the
 * run (so a reader can tell a quiet machine from a busy one) and the shared results file.
 */
final class BenchmarkRun {

	private BenchmarkRun() {
	}

	/** {@code target/benchmark-results.md}, or the file the system property {@code cjm.benchmark.results} names. */
	static Path resultsFile() {
		return Path.of(System.getProperty("cjm.benchmark.results", "target/benchmark-results.md"));
	}

	/** "Run 2026-11-23 11:23, 2 cores, OpenJDK ... 25.0.3" for the report's notes. */
	static String machine() {
		return "Run " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version");
	}

	/** The Linux load average (1/5/15 min); "n/a" elsewhere. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		} catch (IOException | RuntimeException e) {
			return "n/a";
		}
	}

	/** Appends {@code markdown} to {@code file}, so other benchmarks' results in the same file stay. */
	static void append(Path file, String markdown) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		String before = Files.exists(file) ? Files.readString(file) + "\n" : "";
		Files.writeString(file, before + markdown);
	}
}
