package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, never a mix: the new
 * content goes to a temporary file beside the target, is forced to disk, and is then renamed over the target in one
 * atomic step; the directory entry is forced too. If anything fails before the rename, the target is untouched and
 * the temporary file is removed.
 */
public final class AtomicFileWriter {

	private static final String SUFFIX = ".saving";

	/** Writes the new content; called once, with a stream into the temporary file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path absoluteTarget = target.toAbsolutePath();
		Path directory = absoluteTarget.getParent();
		Files.createDirectories(directory);
		String prefix = "." + absoluteTarget.getFileName() + ".";
		Path temporary = Files.createTempFile(directory, prefix, SUFFIX);
		FileTime started = Files.getLastModifiedTime(temporary);
		try {
			FilePermissions.copy(absoluteTarget, temporary);
			writeAndForce(temporary, content);
			moveIntoPlace(temporary, absoluteTarget);
		} catch (IOException | RuntimeException | Error failure) {
			Files.deleteIfExists(temporary);
			throw failure;
		}
		forceDirectory(directory);
		removeLeftovers(directory, prefix, started);
	}

	/**
	 * Removes the temporary files of earlier saves of the same target that never finished (the process was killed, the
	 * power went): each is as large as the map, and without this every crash left one more beside it for good
	 * (SaveCrashTest found half its kills did). Only those older than this save's own are touched.
	 */
	private static void removeLeftovers(Path directory, String prefix, FileTime started) {
		Pattern leftover = Pattern.compile(Pattern.quote(prefix) + "\\d+" + Pattern.quote(SUFFIX));
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
				file -> leftover.matcher(file.getFileName().toString()).matches())) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).compareTo(started) < 0) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException e) {
			// the save itself succeeded; a leftover that cannot be removed now is removed by a later save
		}
	}

	private static void writeAndForce(Path temporary, Content content) throws IOException {
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			OutputStream out = Channels.newOutputStream(channel);
			content.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Only on file systems without atomic rename; still better than writing the target in place.
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable. Some platforms cannot open a directory for this: the rename stands anyway. */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Not supported here (e.g. Windows); the data itself was already forced before the rename.
		}
	}
}
