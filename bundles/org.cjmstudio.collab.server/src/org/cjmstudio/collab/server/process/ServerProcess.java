package org.cjmstudio.collab.server.process;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjmstudio.collab.server.app.ServerMain;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Runs the team repository server as a process of its own, on the jars of the bundles this OSGi runtime resolved for
 * it: what tests and benchmarks use to start a real server on loopback, kill it like a crash would, and start it
 * again on the same data. Equinox is not needed by the server, so it runs as a plain Java program.
 */
public final class ServerProcess implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

	private final Process process;
	private final int port;
	private final List<String> output;

	private ServerProcess(Process process, int port, List<String> output) {
		this.process = process;
		this.port = port;
		this.output = output;
	}

	/**
	 * Starts a server on {@code data} (which must have users), listening on loopback at {@code port} (0: any free
	 * port), and returns once it accepts requests.
	 */
	public static ServerProcess start(Path data, int port) throws IOException {
		String javaCommand = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx512m", "-cp", classPath(),
				ServerMain.class.getName(), "--data", data.toString(), "--port", Integer.toString(port), "--localhost"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = Collections.synchronizedList(new ArrayList<>());
		CompletableFuture<Integer> listening = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.add(line);
					Matcher matcher = LISTENING.matcher(line);
					if (matcher.find()) {
						listening.complete(Integer.parseInt(matcher.group(1)));
					}
				}
			} catch (IOException ended) {
				// the process is gone
			}
			listening.completeExceptionally(new IOException("the server ended: " + String.join("\n", output)));
		}, "CJM repository server output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new ServerProcess(process, listening.get(60, TimeUnit.SECONDS), output);
		} catch (Exception e) {
			process.destroyForcibly();
			throw new IOException("The team repository server did not start: " + e.getMessage(), e);
		}
	}

	public int port() {
		return port;
	}

	public URI address() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** What the server printed so far. */
	public List<String> output() {
		return List.copyOf(output);
	}

	/** Kills the server at once (SIGKILL), as a crash or a pulled plug would. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** The jars and class folders of the server bundle and of every bundle it is wired to, transitively. */
	static String classPath() {
		Bundle server = FrameworkUtil.getBundle(ServerMain.class);
		if (server == null) {
			return System.getProperty("java.class.path");
		}
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> toVisit = new ArrayDeque<>(List.of(server));
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
		for (Bundle bundle : server.getBundleContext().getBundles()) {
			// wrapped plain jars find each other through ServiceLoader and optional imports the wiring may not show
			if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("wrapped.")) {
				bundles.add(bundle);
			}
		}
		List<String> entries = new ArrayList<>();
		// the OSGi framework jar: the rdf bundle asks FrameworkUtil whether it runs inside OSGi
		try {
			entries.add(Path.of(FrameworkUtil.class.getProtectionDomain().getCodeSource().getLocation().toURI())
					.toString());
		} catch (URISyntaxException | RuntimeException notAFile) {
			// then the rdf bundle's check fails loudly in the server's output
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
			// Equinox names bundles of its install area relative to it
			path = installArea().resolve(name);
		}
		if (Files.isDirectory(path)) {
			// a bundle built in this reactor: its classes are in target/classes, its files (ontology/) at the top
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
