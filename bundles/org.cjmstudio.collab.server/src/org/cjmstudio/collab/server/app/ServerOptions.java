package org.cjmstudio.collab.server.app;

import java.nio.file.Path;

/**
 * The command line of {@code ./cjmstudio server}: where the data lives, which port, and optionally HTTPS.
 *
 * <pre>
 *   --data DIR          the repository's folder: TDB2 database (tdb2/) and users file (users.passwd); default ./cjm-team-data
 *   --port N            HTTP port; default 3330
 *   --localhost         listen on the loopback interface only
 *   --https FILE        serve HTTPS with the keystore named in FILE ({"keystore": "...", "passwd": "..."}, as Fuseki's --https)
 *   --https-port N      HTTPS port; default 3443
 * </pre>
 */
record ServerOptions(Path data, int port, boolean localhost, Path https, int httpsPort) {

	static ServerOptions parse(String... args) {
		Path data = Path.of("cjm-team-data");
		int port = 3330;
		boolean localhost = false;
		Path https = null;
		int httpsPort = 3443;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--data" -> data = Path.of(value(args, ++i, "--data"));
			case "--port" -> port = number(value(args, ++i, "--port"), "--port");
			case "--localhost" -> localhost = true;
			case "--https" -> https = Path.of(value(args, ++i, "--https"));
			case "--https-port" -> httpsPort = number(value(args, ++i, "--https-port"), "--https-port");
			default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
			}
		}
		return new ServerOptions(data.toAbsolutePath(), port, localhost, https, httpsPort);
	}

	Path users() {
		return data.resolve("users.passwd");
	}

	Path database() {
		return data.resolve("tdb2");
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}

	private static int number(String text, String option) {
		try {
			int value = Integer.parseInt(text);
			if (value < 0 || value > 65535) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " needs a port number (0-65535), not '" + text + "'");
		}
	}
}
