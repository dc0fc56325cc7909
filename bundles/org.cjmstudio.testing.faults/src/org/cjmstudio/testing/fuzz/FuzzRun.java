package org.cjmstudio.testing.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
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
 * run a failure printed; {@code -Dcjm.fuzz.inputs=N} feeds N inputs per reader instead of the normal run's: 1,000,
 * or as many as fit a reader's time budget ({@link #timed}). Every input has its own random source derived from the
 * seed and its number, so input 417 of a seed is the same file however many inputs run.
 *
 * <pre>
 * try (FuzzRun run = FuzzRun.timed("cards CSV import", Duration.ofSeconds(4))) {
 *     for (int i = 0; run.more(i); i++) { ... run.randomFor(i) ... run.withinLimit(i, done, () -> ...) }
 * }
 * </pre>
 */
public final class FuzzRun implements AutoCloseable {

	/** Far above what any input takes (milliseconds); what takes longer is a hang, told as one. */
	private static final long LIMIT_SECONDS = 20;

	private final String reader;
	private final long seed;
	/** Inputs to feed; with a budget, at most this many (the budget usually ends the run first). */
	private final int inputs;
	/** How long the normal run feeds inputs (nanoseconds); 0 for a fixed count. */
	private final long budgetNanos;
	private final long started = System.nanoTime();
	private int fed;
	private Path scratch;
	private final Path evidence;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "fuzz");
		thread.setDaemon(true); // a hung reader must not keep the test runtime alive
		return thread;
	});

	/** A run of 1,000 inputs (or {@code -Dcjm.fuzz.inputs}). */
	public FuzzRun(String reader) {
		this(reader, 1_000, Duration.ZERO);
	}

	/**
	 * A run that feeds inputs for {@code budget} (a few seconds keep the whole suite's time in check), or exactly
	 * {@code -Dcjm.fuzz.inputs} when that is given, however long they take.
	 */
	public static FuzzRun timed(String reader, Duration budget) {
		return new FuzzRun(reader, 1_000_000, budget);
	}

	private FuzzRun(String reader, int normalInputs, Duration budget) {
		this.reader = reader;
		// "random" (the pom's default), unset or blank: a fresh seed; a number: that run again.
		String given = System.getProperty("cjm.fuzz.seed", "").trim();
		this.seed = given.isEmpty() || given.equals("random") || given.equals("null") ? new SecureRandom().nextLong()
				: Long.parseLong(given);
		String count = System.getProperty("cjm.fuzz.inputs", "").trim();
		boolean counted = !count.isEmpty() && !count.equals("null") && !count.equals("default");
		this.inputs = counted ? Integer.parseInt(count) : normalInputs;
		this.budgetNanos = counted ? 0 : budget.toNanos();
		String output = System.getProperty("cjm.test.output", "");
		this.evidence = output.isBlank() ? null : Path.of(output, "fuzz");
		System.out.println("fuzz " + reader + ": " + (budgetNanos > 0 ? "inputs for " + budget.toMillis() + " ms"
				: inputs + " inputs") + ", seed " + seed + " (replay with -Dcjm.fuzz.seed=" + seed + ")");
	}

	/** The number of inputs of a fixed-count run. */
	public int inputs() {
		return inputs;
	}

	/** Whether input {@code index} is to be fed: within the count and, in a timed run, within the budget. */
	public boolean more(int index) {
		boolean more = index < inputs && (budgetNanos == 0 || System.nanoTime() - started < budgetNanos);
		if (more) {
			fed = Math.max(fed, index + 1);
		}
		return more;
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

	/**
	 * A folder for what a test saves to check an accepted input (a map saved and opened again), removed at the end:
	 * on a RAM disk where there is one, since a save forces its file to disk and that, not the reader, would
	 * otherwise decide how many inputs fit the budget.
	 */
	public Path scratch() throws IOException {
		if (scratch == null) {
			Path memory = Path.of("/dev/shm");
			scratch = Files.isDirectory(memory) && Files.isWritable(memory) ? Files.createTempDirectory(memory, "fuzz")
					: Files.createTempDirectory("fuzz");
		}
		return scratch;
	}

	@Override
	public void close() {
		if (scratch != null) {
			try (java.util.stream.Stream<Path> left = Files.walk(scratch)) {
				left.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			} catch (IOException e) {
				System.err.println("fuzz: could not remove " + scratch + ": " + e.getMessage());
			}
		}
		System.out.println("fuzz " + reader + ": " + fed + " inputs in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		worker.shutdownNow();
	}
}
