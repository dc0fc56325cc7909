package org.cjmstudio.research.transcripts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses an import because at least one file is bad; lists every bad file, so the user can fix them all at once.
 * Nothing was added to the study.
 */
public final class TranscriptImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<TranscriptProblem> problems;

	public TranscriptImportException(List<TranscriptProblem> problems) {
		super(message(problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in the order of the files. */
	public List<TranscriptProblem> problems() {
		return problems;
	}

	private static String message(List<TranscriptProblem> problems) {
		long files = problems.stream().map(TranscriptProblem::file).distinct().count();
		String heading = files == 1 ? "1 file cannot be imported" : files + " files cannot be imported";
		return heading + "; nothing was imported:\n" + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
	}
}
