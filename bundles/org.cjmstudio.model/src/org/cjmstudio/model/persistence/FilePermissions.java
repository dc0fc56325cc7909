package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Gives a replacement file the permissions of the file it replaces. Temporary files are created owner-only, so without
 * this every save would silently make a shared map unreadable for the rest of the team.
 */
final class FilePermissions {

	/** What a new map file gets: what most systems give a new file (umask 022). */
	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

	private FilePermissions() {
	}

	static void copy(Path original, Path replacement) throws IOException {
		PosixFileAttributeView target = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
		if (target == null) {
			return; // not a POSIX file system (Windows): permissions are inherited from the folder there
		}
		Set<PosixFilePermission> permissions = Files.exists(original)
				? Files.getPosixFilePermissions(original)
				: NEW_FILE;
		target.setPermissions(permissions);
	}
}
