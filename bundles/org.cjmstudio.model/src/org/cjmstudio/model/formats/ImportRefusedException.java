package org.cjmstudio.model.formats;

import java.io.IOException;

/**
 * The file was read, but what it holds cannot become a map (a map without its title, say): a problem with the data,
 * not with the file, so {@code cjm import} exits 1 rather than 3. The message says what is missing and where.
 */
public final class ImportRefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	public ImportRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
