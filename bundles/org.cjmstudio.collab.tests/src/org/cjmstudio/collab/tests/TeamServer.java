package org.cjmstudio.collab.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.server.process.ServerProcess;
import org.cjmstudio.collab.server.security.UsersFile;

/**
 * A real team repository for one test: Fuseki with TDB2 in a separate process on loopback, with the users lena,
 * omar and guest (password = name + "-secret"). It can be killed like a crash and started again on the same data
 * and port.
 */
final class TeamServer implements AutoCloseable {

	private final Path data;
	private ServerProcess process;
	private int port;

	private TeamServer(Path data) {
		this.data = data;
	}

	static TeamServer start() throws IOException {
		Path data = Files.createTempDirectory("cjm-team-");
		UsersFile users = new UsersFile(data.resolve("users.passwd"));
		for (String user : new String[] { "lena", "omar", "guest" }) {
			users.put(user, (user + "-secret").toCharArray());
		}
		TeamServer server = new TeamServer(data);
		server.process = ServerProcess.start(data, 0);
		server.port = server.process.port();
		return server;
	}

	RepositoryAddress address() {
		return RepositoryAddress.parse("http://127.0.0.1:" + port);
	}

	RepositoryClient client(String user) {
		return new RepositoryClient(address(), user, (user + "-secret").toCharArray());
	}

	/** Kills the server process at once, as a crash would. */
	void kill() throws InterruptedException {
		process.kill();
		process = null;
	}

	/** Starts a new server process on the same data and port. */
	void restart() throws IOException {
		process = ServerProcess.start(data, port);
	}

	@Override
	public void close() throws Exception {
		if (process != null) {
			process.close();
		}
	}
}
