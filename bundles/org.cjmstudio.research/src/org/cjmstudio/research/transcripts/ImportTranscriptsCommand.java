package org.cjmstudio.research.transcripts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The one undoable step that adds imported transcripts to a study, named "Import 10 Transcripts" in the Edit menu.
 * Each transcript becomes an interview titled by its respondent, with group (other when the file names none), date
 * and the whole transcript.
 */
public final class ImportTranscriptsCommand {

	private ImportTranscriptsCommand() {
	}

	/** The command for {@code domain}'s command stack; it adds nothing until executed. */
	public static Command create(EditingDomain domain, ResearchStudy study, List<Transcript> transcripts) {
		List<Interview> interviews = transcripts.stream().map(ImportTranscriptsCommand::interview).toList();
		Command add = AddCommand.create(domain, study, CjmPackage.Literals.RESEARCH_STUDY__INTERVIEWS, interviews);
		return new CommandWrapper(label(transcripts.size()),
				"Adds " + transcripts.size() + " interviews to " + study.getTitle(), add);
	}

	static String label(int count) {
		return count == 1 ? "Import Transcript" : "Import " + count + " Transcripts";
	}

	private static Interview interview(Transcript transcript) {
		Interview interview = CjmFactory.eINSTANCE.createInterview();
		interview.setTitle(transcript.respondent());
		interview.setRespondentProfile(transcript.respondent());
		// The group has no "unknown" value; OTHER says honestly that the file did not name one.
		interview.setRespondentGroup(transcript.group() == null ? RespondentGroup.OTHER : transcript.group());
		interview.setDate(toDate(transcript.date()));
		interview.setTranscript(transcript.text());
		interview.setDescription("Imported from " + transcript.source());
		return interview;
	}

	/** Noon UTC, as the samples store days, so the day is the same in every time zone a team works in. */
	private static Date toDate(LocalDate day) {
		return day == null ? null : Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}
}
