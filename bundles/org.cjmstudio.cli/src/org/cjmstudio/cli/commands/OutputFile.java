package org.cjmstudio.cli.commands;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cjmstudio.cli.UsageException;

/**
 * The file a command was asked to write ({@code -o}), checked before any work is done: a command never replaces one
 * of the maps it reads, never replaces a link, folder or device (the atomic save would turn a link into a file and a
 * FIFO into nothing a reader waits for), and replaces an existing file only when the user said {@code --force}.
 */
final class OutputFile {

	private OutputFile() {
	}

	/** The path named by {@code -o}; an empty name is a usage error, not a file that cannot be written. */
	static Path named(String output) throws UsageException {
		if (output == null || output.isBlank()) {
			throw new UsageException("-o names the file to write");
		}
		return Path.of(output);
	}

	/**
	 * Why {@code target} must not be written, if it must not: the sentence says what was found and what to do, and
	 * that nothing was written.
	 *
	 * @param inputs the files the command reads
	 * @param force  whether the user allowed an existing regular file to be replaced
	 */
	static Optional<String> refusal(Path target, List<Path> inputs, boolean force) {
		// Missing folders on the way are created by the save; a file where a folder should be never is one.
		Path folder = target.toAbsolutePath().getParent();
		while (folder != null && !Files.exists(folder)) {
			folder = folder.getParent();
		}
		if (folder != null && !Files.isDirectory(folder)) {
			return Optional.of(folder + " is a file, not a folder (nothing was written)");
		}
		if (folder != null && !Files.isWritable(folder)) {
			return Optional.of("the folder " + folder + " cannot be written to (nothing was written)");
		}
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		for (Path input : inputs) {
			if (sameFile(target, input)) {
				return Optional.of(target + " is one of the files read; writing it would replace it (nothing was "
						+ "written)");
			}
		}
		if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of(target + " is not a regular file (a link, folder or device); name a new file "
					+ "(nothing was written)");
		}
		return force ? Optional.empty()
				: Optional.of(target + " exists already; give --force to replace it (nothing was written)");
	}

	/**
	 * A failed write in words, naming {@code target}: Java's own messages for file errors are often the bare path
	 * ({@code NoSuchFileException: /proc/x}), which tells a user nothing.
	 */
	static String cannotWrite(Path target, IOException failure) {
		String reason = failure instanceof AccessDeniedException ? "permission denied"
				: failure instanceof NoSuchFileException ? "a folder on the way does not exist or cannot hold files"
				: failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null
						? fileSystem.getReason()
				: failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
		return "cannot write " + target + ": " + reason + " (nothing was written)";
	}

	private static boolean sameFile(Path target, Path input) {
		try {
			return Files.exists(input) && Files.isSameFile(target, input);
		} catch (IOException unreadable) {
			return target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
		}
	}
}
