package org.cjmstudio.collab.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cjmstudio.model.persistence.AtomicFileWriter;

/**
 * The repository's users: a Jetty/Fuseki password file ({@code user: credential}), one line per user, with
 * {@link PasswordHashes} as credentials. Fuseki reads it with {@code --passwd} semantics and notices changes within
 * seconds, so users can be added while the server runs.
 */
public final class UsersFile {

	private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	private final Path file;

	public UsersFile(Path file) {
		this.file = file;
	}

	public Path path() {
		return file;
	}

	/**
	 * Adds a user or gives an existing one a new password.
	 *
	 * @throws IllegalArgumentException for a user name with characters the file cannot hold
	 */
	public void put(String user, char[] password) throws IOException {
		if (!USER_NAME.matcher(user).matches()) {
			throw new IllegalArgumentException("'" + user + "' is not a valid user name: use letters, digits and . _ @ -");
		}
		if (password.length < 8) {
			throw new IllegalArgumentException("The password of '" + user + "' must have at least 8 characters.");
		}
		List<String> lines = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.startsWith(user + ":")) {
					lines.add(line);
				}
			}
		} else {
			lines.add("# CJM Studio team repository users: user: PBKDF2 hash (./cjmstudio server adduser NAME)");
		}
		lines.add(user + ": " + PasswordHashes.hash(password));
		String text = String.join("\n", lines) + "\n";
		AtomicFileWriter.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException notPosix) {
			// Windows: the folder's access rules apply
		}
	}

	public boolean hasUsers() throws IOException {
		return Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).stream()
				.anyMatch(line -> !line.isBlank() && !line.startsWith("#"));
	}
}
