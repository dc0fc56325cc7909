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

	private final ServerProcess process;

	private TeamRepositoryServer(ServerProcess process) {
		this.process = process;
	}

	static TeamRepositoryServer start() throws IOException {
		Path data = Files.createTempDirectory("cjm-team-ui-");
		UsersFile users = new UsersFile(data.resolve("users.passwd"));
		for (String user : new String[] { "lena", "omar" }) {
			users.put(user, (user + "-secret").toCharArray());
		}
		return new TeamRepositoryServer(ServerProcess.start(data, 0));
	}

	String address() {
		return "http://127.0.0.1:" + process.port();
	}

	RepositoryClient client(String user) {
		return new RepositoryClient(RepositoryAddress.parse(address()), user, (user + "-secret").toCharArray());
	}

	@Override
	public void close() throws Exception {
		process.close();
	}
}
