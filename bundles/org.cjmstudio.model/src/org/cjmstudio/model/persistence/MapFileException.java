package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A map file could not be read: says which file, where in it (when known) and why, in words a user can act on.
 * Loading never writes, so the file is always left as it was.
 */
public final class MapFileException extends IOException {

	private static final long serialVersionUID = 1L;

	/** Line and column are 0 when the problem has no position (e.g. the file does not exist). */
	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	public MapFileException(Path file, int line, int column, String reason, Throwable cause) {
		super(message(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** The problem alone, without file and position. */
	public String reason() {
		return reason;
	}

	private static String message(Path file, int line, int column, String reason) {
		String where = line > 0 ? " at line " + line + ", column " + column : "";
		return "Cannot open the journey map '" + file + "'" + where + ": " + reason + " The file was not changed.";
	}
}
