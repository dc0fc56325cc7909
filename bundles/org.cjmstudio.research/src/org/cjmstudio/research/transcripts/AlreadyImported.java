package org.cjmstudio.research.transcripts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;

/**
 * Which transcripts a study already holds, word for word: importing a folder twice would otherwise count every
 * respondent twice and make every wording look shared. The import wizard asks before importing them again.
 */
public final class AlreadyImported {

	private AlreadyImported() {
	}

	/** The transcripts among {@code transcripts} whose text an interview of {@code study} already has. */
	public static List<Transcript> in(ResearchStudy study, List<Transcript> transcripts) {
		Set<String> held = new HashSet<>();
		for (Interview interview : study.getInterviews()) {
			if (interview.getTranscript() != null) {
				held.add(interview.getTranscript().strip());
			}
		}
		return transcripts.stream().filter(t -> held.contains(t.text().strip())).toList();
	}
}
