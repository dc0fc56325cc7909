package org.cjmstudio.testing.processes;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A plain Java program started by a test in a process of its own, on the jars of the bundles the test's bundle is
 * wired to (no OSGi framework at run time), so the test can kill it as a crash would (SIGKILL: no shutdown hook, no
 * finally block, no flush) and look at what it left. The program ends by itself when the test's process goes away
 * ({@link #exitWhenTheTestEnds()}), so a failed test never leaves it running.
 */
public final class ChildJvm implements AutoCloseable {

	private final Process process;
	private final List<String> output = Collections.synchronizedList(new ArrayList<>());
	private final Thread reader;

	private ChildJvm(Process process) {
		this.process = process;
		reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.add(line);
				}
			} catch (IOException ended) {
				// the process is gone
			}
		}, "child JVM output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts {@code main}'s {@code main(String[])} with {@code arguments}; its class path is its bundle's wiring. */
	public static ChildJvm start(Class<?> main, String... arguments) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath(main), main.getName()));
		command.addAll(List.of(arguments));
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** For the program's main: ends the process when its standard input closes, i.e. when the test's JVM is gone. */
	public static void exitWhenTheTestEnds() {
		Thread watchdog = new Thread(() -> {
			try {
				while (System.in.read() >= 0) {
					// nothing is sent; only the end matters
				}
			} catch (IOException e) {
				// as good as the end
			}
			Runtime.getRuntime().halt(3);
		}, "parent watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

	/** Every line the program printed so far (standard output and error). */
	public List<String> output() {
		return List.copyOf(output);
	}

	/** Waits until a printed line matches; fails naming what was printed when the program ends or time runs out. */
	public String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			synchronized (output) {
				for (String line : output) {
					if (wanted.test(line)) {
						return line;
					}
				}
			}
			if (!process.isAlive()) {
				Thread.sleep(100); // the last lines may still be on their way
				synchronized (output) {
					for (String line : output) {
						if (wanted.test(line)) {
							return line;
						}
					}
				}
				throw new AssertionError("the program ended (exit " + process.exitValue() + ") printing:\n"
						+ String.join("\n", output()));
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the program did not print the expected line within " + timeout + "; it printed:\n"
				+ String.join("\n", output()));
	}

	/**
	 * Kills the program at once (SIGKILL), as a crash or a pulled plug would, and waits until it is gone and every
	 * line it printed before is in {@link #output()}.
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("the program did not end after SIGKILL");
		}
		reader.join(10_000);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	/** The jars and class folders of {@code main}'s bundle and of every bundle it is wired to, transitively. */
	public static String classPath(Class<?> main) {
		Bundle start = FrameworkUtil.getBundle(main);
		if (start == null) {
			return System.getProperty("java.class.path");
		}
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> toVisit = new ArrayDeque<>(List.of(start));
		while (!toVisit.isEmpty()) {
			Bundle bundle = toVisit.pop();
			if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					toVisit.push(wire.getProvider().getBundle());
				}
			}
		}
		for (Bundle bundle : start.getBundleContext().getBundles()) {
			// wrapped plain jars (Jena) find each other through ServiceLoader, which the wiring does not show
			if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("wrapped.")) {
				bundles.add(bundle);
			}
		}
		List<String> entries = new ArrayList<>();
		try {
			// the framework jar: bundles that ask FrameworkUtil whether they run inside OSGi need its classes
			entries.add(Path.of(FrameworkUtil.class.getProtectionDomain().getCodeSource().getLocation().toURI())
					.toString());
		} catch (URISyntaxException | RuntimeException notAFile) {
			// then such a bundle fails loudly in the program's output
		}
		for (Bundle bundle : bundles) {
			entries.addAll(entriesOf(bundle));
		}
		return String.join(File.pathSeparator, entries);
	}

	private static List<String> entriesOf(Bundle bundle) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			return List.of();
		}
		String name = URLDecoder.decode(location.substring(file + "file:".length()), StandardCharsets.UTF_8);
		Path path = Path.of(name);
		if (!path.isAbsolute()) {
			path = installArea().resolve(name); // Equinox names bundles of its install area relative to it
		}
		if (Files.isDirectory(path)) {
			// a bundle built in this reactor: classes in target/classes, its files (ontology/, plugin.xml) at the top
			Path classes = path.resolve("target/classes");
			return Files.isDirectory(classes) ? List.of(classes.toString(), path.toString()) : List.of(path.toString());
		}
		return List.of(path.toString());
	}

	private static Path installArea() {
		String area = System.getProperty("osgi.install.area", "");
		String folder = area.startsWith("file:") ? area.substring("file:".length()) : area;
		return Path.of(URLDecoder.decode(folder.isEmpty() ? System.getProperty("user.dir") : folder,
				StandardCharsets.UTF_8));
	}
}
