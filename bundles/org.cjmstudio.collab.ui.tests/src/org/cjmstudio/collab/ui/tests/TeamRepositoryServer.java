package org.cjmstudio.collab.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.server.process.ServerProcess;
import org.cjmstudio.collab.server.security.UsersFile;

/**
 * A real team repository for one test class: Fuseki with TDB2 in its own process on loopback, users lena and omar
 * (password = name + "-secret").
 */
final class TeamRepositoryServer implements AutoCloseable {

	static {
		// keep the test workbench's secure storage out of the home folder
		try {
			System.setProperty("cjm.secure.storage", Files.createTempDirectory("cjm-secure-").toString());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private final Path data;
	private ServerProcess process;
	private final int port;

	private TeamRepositoryServer(Path data, ServerProcess process) {
		this.data = data;
		this.process = process;
		this.port = process.port();
	}

	static TeamRepositoryServer start() throws IOException {
		Path data = Files.createTempDirectory("cjm-team-ui-");
		UsersFile users = new UsersFile(data.resolve("users.passwd"));
		for (String user : new String[] { "lena", "omar" }) {
			users.put(user, (user + "-secret").toCharArray());
		}
		return new TeamRepositoryServer(data, ServerProcess.start(data, 0));
	}

	String address() {
		return "http://127.0.0.1:" + port;
	}

	RepositoryClient client(String user) {
		return new RepositoryClient(RepositoryAddress.parse(address()), user, (user + "-secret").toCharArray());
	}

	/** Kills the server at once, as a crash or a pulled cable would. */
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
