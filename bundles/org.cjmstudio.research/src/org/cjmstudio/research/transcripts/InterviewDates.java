package org.cjmstudio.research.transcripts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Reads an interview's date written as 2026-03-14 (ISO), 14.03.2026 (as in Russia and Germany) or 2026/03/14. */
final class InterviewDates {

	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT));

	static final String ACCEPTED = "2026-03-14 or 14.03.2026";

	private InterviewDates() {
	}

	/** The date, or {@code null} for a blank value; throws for a value that is not a date. */
	static LocalDate parse(String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : FORMATS) {
			try {
				return LocalDate.parse(written.strip(), format);
			} catch (DateTimeParseException e) {
				// try the next way of writing a date
			}
		}
		throw new DateTimeParseException("not a date", written, 0);
	}
}
