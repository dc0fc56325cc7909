package org.cjmstudio.research.transcripts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cjmstudio.model.RespondentGroup;

/**
 * Reads interviews from a CSV file with a header row naming the columns {@code respondent}, {@code group},
 * {@code date} and {@code text} (in any order; case does not matter; {@code респондент, группа, дата, текст} and
 * {@code transcript} work too; other columns are ignored). One row is one interview; group and date may be empty,
 * respondent and text may not. Every bad row is reported, not only the first.
 */
final class CsvTranscriptReader {

	private static final Map<String, String> COLUMN_NAMES = Map.of("respondent", "respondent", "респондент",
			"respondent", "group", "group", "группа", "group", "date", "date", "дата", "date", "text", "text",
			"transcript", "text", "текст", "text");

	private static final List<String> COLUMNS = List.of("respondent", "group", "date", "text");

	private CsvTranscriptReader() {
	}

	static List<Transcript> read(Path file) throws RefusedTranscript {
		String name = file.getFileName().toString();
		String text = TextFiles.read(file, TranscriptLimits.MAX_CSV_BYTES);
		List<CsvRecords.Row> rows;
		try {
			rows = CsvRecords.parse(text);
		} catch (CsvRecords.CsvSyntaxError e) {
			throw new RefusedTranscript(new TranscriptProblem(name, e.line, e.getMessage()));
		}
		if (rows.isEmpty()) {
			throw new RefusedTranscript(TranscriptProblem.ofFile(name, "the file is empty"));
		}
		int[] column = columns(name, rows.get(0));
		if (rows.size() == 1) {
			throw new RefusedTranscript(new TranscriptProblem(name, 1, "the file has a header row but no interviews"));
		}
		int width = rows.get(0).fields().size();
		List<Transcript> transcripts = new ArrayList<>();
		List<TranscriptProblem> problems = new ArrayList<>();
		for (CsvRecords.Row row : rows.subList(1, rows.size())) {
			if (row.fields().size() != width) {
				problems.add(new TranscriptProblem(name, row.line(), "the row has " + row.fields().size()
						+ " fields, the header " + width + " (a missing comma or an unquoted comma in the text?)"));
				continue;
			}
			Transcript transcript = interview(name, row, column, problems);
			if (transcript != null) {
				transcripts.add(transcript);
			}
		}
		if (!problems.isEmpty()) {
			throw new RefusedTranscript(problems);
		}
		return transcripts;
	}

	private static int[] columns(String name, CsvRecords.Row header) throws RefusedTranscript {
		int[] column = { -1, -1, -1, -1 };
		for (int i = 0; i < header.fields().size(); i++) {
			String known = COLUMN_NAMES.get(header.fields().get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
			if (known != null && column[COLUMNS.indexOf(known)] < 0) {
				column[COLUMNS.indexOf(known)] = i;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (column[i] < 0) {
				missing.add(COLUMNS.get(i));
			}
		}
		if (!missing.isEmpty()) {
			throw new RefusedTranscript(new TranscriptProblem(name, 1, "the header row lacks the column"
					+ (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
					+ "; a transcript CSV has the columns respondent, group, date, text"));
		}
		return column;
	}

	private static Transcript interview(String name, CsvRecords.Row row, int[] column,
			List<TranscriptProblem> problems) {
		String respondent = row.fields().get(column[0]).strip();
		String groupText = row.fields().get(column[1]).strip();
		String dateText = row.fields().get(column[2]).strip();
		String text = row.fields().get(column[3]);
		int before = problems.size();
		if (respondent.isEmpty()) {
			problems.add(new TranscriptProblem(name, row.line(), "the respondent is empty"));
		}
		RespondentGroup group = RespondentGroups.parse(groupText).orElse(null);
		if (group == null && !groupText.isEmpty()) {
			problems.add(new TranscriptProblem(name, row.line(),
					"unknown respondent group \"" + groupText + "\"; write " + RespondentGroups.accepted()));
		}
		LocalDate date = null;
		try {
			date = InterviewDates.parse(dateText);
		} catch (DateTimeParseException e) {
			problems.add(new TranscriptProblem(name, row.line(),
					"\"" + dateText + "\" is not a date; write it as " + InterviewDates.ACCEPTED));
		}
		if (text.isBlank()) {
			problems.add(new TranscriptProblem(name, row.line(), "the text is empty"));
		} else if (text.length() * 3L > TranscriptLimits.MAX_TRANSCRIPT_BYTES
				&& text.getBytes(StandardCharsets.UTF_8).length > TranscriptLimits.MAX_TRANSCRIPT_BYTES) {
			problems.add(new TranscriptProblem(name, row.line(), "the text is too large for one transcript (at most "
					+ TranscriptLimits.describe(TranscriptLimits.MAX_TRANSCRIPT_BYTES) + ")"));
		}
		return problems.size() > before ? null
				: new Transcript(name + ", line " + row.line(), respondent, group, date, text);
	}
}
