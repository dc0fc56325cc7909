package org.cjmstudio.research.transcripts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjmstudio.model.RespondentGroup;

/**
 * Reads one interview from a plain text file. The respondent is the file's name without its extension, unless the
 * file starts with header lines (in any order, each at most once, case does not matter):
 *
 * <pre>
 * Respondent: Anna K.        (Респондент:)
 * Group: former customers    (Группа:)
 * Date: 2026-03-14           (Дата:)
 *
 * Interviewer: How did you ...
 * </pre>
 *
 * The headers end at the first line that is not one of them; an empty line after them is dropped. Everything else
 * is the transcript, kept exactly as written (line breaks included), so quotes can point into it.
 */
final class PlainTranscriptReader {

	private static final Pattern HEADER = Pattern.compile("^\\s*([\\p{L} ]{2,20}?)\\s*:\\s*(.*?)\\s*$");

	private enum Header {
		RESPONDENT, GROUP, DATE
	}

	private static final Map<String, Header> HEADER_NAMES = Map.of("respondent", Header.RESPONDENT, "респондент",
			Header.RESPONDENT, "group", Header.GROUP, "группа", Header.GROUP, "date", Header.DATE, "дата",
			Header.DATE);

	private PlainTranscriptReader() {
	}

	static Transcript read(Path file) throws RefusedTranscript {
		String name = file.getFileName().toString();
		String text = TextFiles.read(file, TranscriptLimits.MAX_TRANSCRIPT_BYTES);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String respondent = withoutExtension(name);
		RespondentGroup group = null;
		LocalDate date = null;
		List<TranscriptProblem> problems = new ArrayList<>();
		int start = 0;
		int line = 1;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			int next = end < 0 ? text.length() : end + 1;
			Matcher header = HEADER.matcher(text.substring(start, end < 0 ? text.length() : end));
			Header kind = header.matches() ? HEADER_NAMES.get(header.group(1).toLowerCase(Locale.ROOT).strip())
					: null;
			if (kind == null) {
				break;
			}
			String value = header.group(2);
			switch (kind) {
			case RESPONDENT -> {
				if (value.isEmpty()) {
					problems.add(new TranscriptProblem(name, line, "the Respondent line names nobody"));
				} else {
					respondent = value;
				}
			}
			case GROUP -> {
				group = RespondentGroups.parse(value).orElse(null);
				if (group == null && !value.isEmpty()) {
					problems.add(new TranscriptProblem(name, line, "unknown respondent group \"" + value
							+ "\"; write " + RespondentGroups.accepted()));
				}
			}
			case DATE -> {
				try {
					date = InterviewDates.parse(value);
				} catch (DateTimeParseException e) {
					problems.add(new TranscriptProblem(name, line,
							"\"" + value + "\" is not a date; write it as " + InterviewDates.ACCEPTED));
				}
			}
			}
			start = next;
			line++;
		}
		if (!problems.isEmpty()) {
			throw new RefusedTranscript(problems);
		}
		String body = dropLeadingBlankLine(text.substring(start));
		if (body.isBlank()) {
			throw new RefusedTranscript(TranscriptProblem.ofFile(name, "the file has header lines but no transcript"));
		}
		return new Transcript(name, respondent, group, date, body);
	}

	private static String dropLeadingBlankLine(String body) {
		Matcher blank = Pattern.compile("^[ \\t]*\\r?\\n").matcher(body);
		return blank.lookingAt() ? body.substring(blank.end()) : body;
	}

	private static String withoutExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
