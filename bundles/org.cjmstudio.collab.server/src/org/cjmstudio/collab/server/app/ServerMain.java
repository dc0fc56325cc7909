package org.cjmstudio.collab.server.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.access.DataAccessCtl;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.access.FMod_GraphAccessCtl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cjmstudio.collab.server.http.RepositoryModule;
import org.cjmstudio.collab.server.security.MapReaders;
import org.cjmstudio.collab.server.security.UsersFile;
import org.cjmstudio.collab.server.store.MapRepository;
import org.cjmstudio.collab.server.validation.PatchCheck;

/**
 * The CJM Studio team repository: Apache Jena Fuseki (fuseki-main) with a TDB2 database and the CJM repository
 * module, run as a plain Java program ({@code ./cjmstudio server}).
 *
 * <pre>
 *   server [--data DIR] [--port N] [--localhost] [--https FILE] [--https-port N]   start the repository
 *   server adduser NAME [--data DIR]                                                add a user or set a password
 * </pre>
 *
 * Every request must be authenticated (HTTP Basic against the users file, salted PBKDF2 hashes); the SPARQL endpoint
 * {@code /repo/sparql} is read-only and shows each user the maps they may read.
 */
public final class ServerMain {

	private ServerMain() {
	}

	public static void main(String[] args) {
		try {
			if (args.length > 0 && args[0].equals("adduser")) {
				addUser(args);
			} else {
				serve(ServerOptions.parse(args));
			}
		} catch (IllegalArgumentException e) {
			System.err.println("cjmstudio server: " + e.getMessage());
			System.err.println("usage: ./cjmstudio server [--data DIR] [--port N] [--localhost] [--https FILE] "
					+ "[--https-port N]\n       ./cjmstudio server adduser NAME [--data DIR]");
			System.exit(2);
		} catch (IOException e) {
			System.err.println("cjmstudio server: " + e.getMessage());
			System.exit(3);
		}
	}

	private static void serve(ServerOptions options) throws IOException {
		UsersFile users = new UsersFile(options.users());
		if (!users.hasUsers()) {
			System.err.println("cjmstudio server: the repository in " + options.data() + " has no users yet. Add one:\n"
					+ "  ./cjmstudio server adduser NAME --data " + options.data());
			System.exit(3);
		}
		MapRepository repository = openRepository(options);
		DatasetGraph sparql = DataAccessCtl.controlledDataset(repository.dataset(), new MapReaders(repository));
		FusekiServer.Builder builder = FusekiServer.create().port(options.port()).loopback(options.localhost())
				.passwordFile(options.users().toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER)
				.add("/repo", sparql, false)
				.fusekiModules(FusekiModules.create(new FMod_GraphAccessCtl(), new RepositoryModule(repository)))
				.numServerThreads(4, 200);
		if (options.https() != null) {
			builder.https(options.httpsPort(), options.https().toString());
		}
		FusekiServer server = start(builder, options);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop();
			repository.close();
		}, "CJM repository shutdown"));
		String scheme = options.https() != null ? "https" : "http";
		int port = options.https() != null ? server.getHttpsPort() : server.getHttpPort();
		// Tests and service scripts read this line to learn the port (with --port 0 the system picks one).
		System.out.println("CJM Studio team repository listening on port " + port + " (" + scheme + "), data in "
				+ options.data() + ", " + repository.maps("*").size() + " maps visible to everyone; SPARQL at /repo/sparql");
		System.out.flush();
		server.join();
	}

	/**
	 * Opens the TDB2 database in the data folder, creating it on first start. TDB2 lets one process at a time use
	 * a database; a second server on the same folder is told so instead of failing with TDB2's own exception.
	 */
	private static MapRepository openRepository(ServerOptions options) throws IOException {
		Path database = options.database();
		try {
			Files.createDirectories(database);
		} catch (IOException e) {
			throw new IOException("cannot create the data folder " + database + ": " + reason(e), e);
		}
		if (!Files.isWritable(database)) {
			throw new IOException("the data folder " + database + " is not writable by this user");
		}
		try {
			return MapRepository.open(database, new PatchCheck());
		} catch (RuntimeException e) {
			if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("lock")) {
				throw new IOException("the data in " + options.data() + " is in use by another running server; "
						+ "stop it, or give this one another --data folder", e);
			}
			throw new IOException("cannot open the repository's database in " + database + ": " + e.getMessage(), e);
		}
	}

	/** Starts Fuseki; a port another program holds is named, with what to do. */
	private static FusekiServer start(FusekiServer.Builder builder, ServerOptions options) throws IOException {
		try {
			return builder.build().start();
		} catch (RuntimeException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof BindException) {
					int port = options.https() != null ? options.httpsPort() : options.port();
					throw new IOException("port " + port + " is in use by another program; choose another with "
							+ (options.https() != null ? "--https-port" : "--port") + " N", e);
				}
			}
			throw e;
		}
	}

	private static String reason(IOException e) {
		return e instanceof AccessDeniedException ? "permission denied"
				: e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
						: String.valueOf(e.getMessage());
	}

	private static void addUser(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("adduser needs a user name");
		}
		String user = args[1];
		ServerOptions options = ServerOptions.parse(Arrays.copyOfRange(args, 2, args.length));
		char[] password = readPassword(user);
		new UsersFile(options.users()).put(user, password);
		Arrays.fill(password, ' ');
		System.out.println("cjmstudio server: '" + user + "' can now log in to the repository in " + options.data()
				+ " (a running server picks the change up within seconds)");
	}

	/** From the terminal (asked twice, not echoed), or one line from standard input for scripts. */
	private static char[] readPassword(String user) throws IOException {
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword("Password for %s: ", user);
			char[] second = console.readPassword("Once more: ");
			if (first == null || !Arrays.equals(first, second)) {
				throw new IllegalArgumentException("the two passwords differ");
			}
			return first;
		}
		String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (line == null) {
			throw new IllegalArgumentException("no password on standard input");
		}
		return line.toCharArray();
	}
}
