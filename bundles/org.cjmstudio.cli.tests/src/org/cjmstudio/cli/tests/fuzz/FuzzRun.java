package org.cjmstudio.cli.tests.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


/**
 * One seeded fuzz run: how many inputs, from which seed, how long each may take. {@code -Dcjm.fuzz.seed=N} replays a
 * run a failure printed; {@code -Dcjm.fuzz.inputs=N} feeds more (or fewer) inputs per reader than the normal 1,000.
 * Every input has its own random source derived from the seed and its number, so input 417 of a seed is the same
 * file however many inputs run.
 */
public final class FuzzRun implements AutoCloseable {

	/** Far above what any input takes (milliseconds); what takes longer is a hang, told as one. */
	private static final long LIMIT_SECONDS = 20;

	private final String reader;
	private final long seed;
	private final int inputs;
	private final Path evidence;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "fuzz");
		thread.setDaemon(true); // a hung reader must not keep the test runtime alive
		return thread;
	});

	public FuzzRun(String reader) {
		this.reader = reader;
		// "random" (the pom's default), unset or blank: a fresh seed; a number: that run again.
		String given = System.getProperty("cjm.fuzz.seed", "").trim();
		this.seed = given.isEmpty() || given.equals("random") || given.equals("null") ? new SecureRandom().nextLong()
				: Long.parseLong(given);
		String count = System.getProperty("cjm.fuzz.inputs", "");
		this.inputs = count.isBlank() || count.equals("null") ? 1_000 : Integer.parseInt(count.trim());
		String output = System.getProperty("cjm.test.output", "");
		this.evidence = output.isBlank() ? null : Path.of(output, "fuzz");
		System.out.println("fuzz " + reader + ": " + inputs + " inputs, seed " + seed
				+ " (replay with -Dcjm.fuzz.seed=" + seed + ")");
	}

	public int inputs() {
		return inputs;
	}

	/** The random source of input {@code index}: the same for the same seed and index. */
	public Random randomFor(int index) {
		return new Random(seed * 1_000_003L + index);
	}

	/** Runs {@code task} for input {@code index}, failing (seed, input, mutations in the message) past the limit. */
	public <T> T withinLimit(int index, List<String> mutations, Callable<T> task) {
		Future<T> running = worker.submit(task);
		try {
			return running.get(LIMIT_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException hang) {
			running.cancel(true);
			throw failure(index, mutations, "took longer than " + LIMIT_SECONDS + " s (a hang)", null);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof AssertionError told) {
				throw told;
			}
			throw failure(index, mutations, "threw " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw failure(index, mutations, "was interrupted", e);
		}
	}

	/** A failure that names the seed, the input and what was done to it, and keeps the input for a reader. */
	public AssertionError failure(int index, List<String> mutations, String what, Throwable cause) {
		return new AssertionError(reader + " input " + index + " of seed " + seed + " (" + String.join(", ",
				mutations) + ") " + what + "; replay with -Dcjm.fuzz.seed=" + seed, cause);
	}

	/** Keeps a failing input under cjm.test.output/fuzz so it can be looked at and made a regression test. */
	public void keep(Path input) {
		if (evidence == null) {
			return;
		}
		try {
			Files.createDirectories(evidence);
			Files.copy(input, evidence.resolve(seed + "-" + input.getFileName()),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			System.err.println("fuzz: could not keep " + input + ": " + e.getMessage());
		}
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}
}
