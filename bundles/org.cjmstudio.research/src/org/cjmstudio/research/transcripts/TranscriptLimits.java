package org.cjmstudio.research.transcripts;

import java.util.Locale;

/**
 * How large an imported transcript may be. One hour of conversation is about 60 000 characters; the limits leave
 * room for long interviews while refusing what is clearly not one transcript (a log file, a book, a data dump),
 * which would make the map file and the interview analysis slow for everyone.
 */
public final class TranscriptLimits {

	/** Largest plain text file, and largest text of one CSV row: 1 MiB (about 15 hours of talk). */
	public static final long MAX_TRANSCRIPT_BYTES = 1L << 20;

	/** Largest CSV file: 32 MiB, room for many interviews of the usual length. */
	public static final long MAX_CSV_BYTES = 32L << 20;

	private TranscriptLimits() {
	}

	static String describe(long bytes) {
		if (bytes >= 1L << 20) {
			return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
		}
		return String.format(Locale.ROOT, "%d KiB", Math.max(1, bytes >> 10));
	}
}
