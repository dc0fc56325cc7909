package org.cjmstudio.collab.client;

import java.util.List;

/**
 * Who may do what with a map: the owner (who shared it) may always read, write and change this; {@code "*"} in a
 * list stands for every user of the repository.
 */
public record MapAccess(String owner, List<String> readers, List<String> writers) {

	public static final String EVERYONE = "*";

	public MapAccess {
		readers = List.copyOf(readers);
		writers = List.copyOf(writers);
	}

	public boolean mayRead(String user) {
		return mayWrite(user) || readers.contains(EVERYONE) || readers.contains(user);
	}

	public boolean mayWrite(String user) {
		return user.equals(owner) || writers.contains(EVERYONE) || writers.contains(user);
	}
}
