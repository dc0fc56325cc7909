package org.cjmstudio.research.transcripts;

import java.util.List;

/** Thrown inside the readers for a file that cannot be imported; collected into a {@link TranscriptImportException}. */
final class RefusedTranscript extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<TranscriptProblem> problems;

	RefusedTranscript(TranscriptProblem problem) {
		this(List.of(problem));
	}

	RefusedTranscript(List<TranscriptProblem> problems) {
		super(problems.get(0).toString(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	List<TranscriptProblem> problems() {
		return problems;
	}
}
