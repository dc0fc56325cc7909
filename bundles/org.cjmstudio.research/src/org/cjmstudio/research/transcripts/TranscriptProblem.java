package org.cjmstudio.research.transcripts;

/**
 * Why one file (or one row of a CSV) cannot be imported.
 *
 * @param file the file's name as the user chose it
 * @param line the line the problem is on (1 is the first), or 0 when it concerns the whole file
 * @param reason what is wrong and, where it helps, what to do
 */
public record TranscriptProblem(String file, int line, String reason) {

	static TranscriptProblem ofFile(String file, String reason) {
		return new TranscriptProblem(file, 0, reason);
	}

	@Override
	public String toString() {
		return line > 0 ? file + ", line " + line + ": " + reason : file + ": " + reason;
	}
}
