package org.cjmstudio.research.transcripts;

import java.time.LocalDate;
import java.util.Objects;

import org.cjmstudio.model.RespondentGroup;

/**
 * One interview as read from a file, checked and ready to join a study.
 *
 * @param source where it was read from, as the user would recognise it: "anna.txt" or "interviews.csv, line 12"
 * @param respondent who was interviewed (anonymised name or code); never blank
 * @param group the respondent's group, or {@code null} when the file does not say
 * @param date when the interview took place, or {@code null} when the file does not say
 * @param text the whole conversation; never blank
 */
public record Transcript(String source, String respondent, RespondentGroup group, LocalDate date, String text) {

	public Transcript {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(respondent, "respondent");
		Objects.requireNonNull(text, "text");
	}
}
