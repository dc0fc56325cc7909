package org.cjmstudio.research.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.cjmstudio.model.Interview;
import org.cjmstudio.model.RespondentGroup;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.research.transcripts.AlreadyImported;
import org.cjmstudio.research.transcripts.ImportTranscriptsCommand;
import org.cjmstudio.research.transcripts.Transcript;
import org.cjmstudio.research.transcripts.TranscriptImport;
import org.cjmstudio.research.transcripts.TranscriptImportException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst imports interview transcripts into a study: good files arrive whole, bad ones are refused by name. */
class TranscriptImportTest {

	@TempDir
	Path folder;

	private final StudyFixture fixture = new StudyFixture();

	@Test
	void aPlainFileIsOneInterviewNamedAfterTheFile() throws Exception {
		Path anna = write("anna.txt", "Interviewer: How did you find us?\nAnna: A friend told me.\n");

		List<Transcript> transcripts = TranscriptImport.read(List.of(anna), new NullProgressMonitor());

		assertEquals(1, transcripts.size());
		Transcript transcript = transcripts.get(0);
		assertEquals("anna", transcript.respondent());
		assertNull(transcript.group());
		assertNull(transcript.date());
		assertEquals("Interviewer: How did you find us?\nAnna: A friend told me.\n", transcript.text());
	}

	@Test
	void headerLinesNameRespondentGroupAndDate() throws Exception {
		Path file = write("interview-07.txt", "\uFEFFRespondent: Olga P.\r\nGroup: lost customers\r\nDate: 14.03.2026\r\n"
				+ "\r\nИнтервьюер: Почему вы ушли?\r\nОльга: Боюсь, что снова спишут комиссию.\r\n");

		Transcript transcript = TranscriptImport.read(List.of(file), null).get(0);

		assertEquals("Olga P.", transcript.respondent());
		assertEquals(RespondentGroup.FORMER_CUSTOMERS, transcript.group());
		assertEquals(LocalDate.of(2026, 3, 14), transcript.date());
		assertEquals("Интервьюер: Почему вы ушли?\r\nОльга: Боюсь, что снова спишут комиссию.\r\n", transcript.text());
	}

	@Test
	void russianHeadersWorkToo() throws Exception {
		Path file = write("x.txt", "Респондент: Иван\nГруппа: ушедшие клиенты\nДата: 2026-02-01\nТекст интервью.");

		Transcript transcript = TranscriptImport.read(List.of(file), null).get(0);

		assertEquals("Иван", transcript.respondent());
		assertEquals(RespondentGroup.FORMER_CUSTOMERS, transcript.group());
		assertEquals("Текст интервью.", transcript.text());
	}

	@Test
	void aCsvHoldsOneInterviewPerRowWithQuotedFieldsAndLineBreaks() throws Exception {
		Path csv = write("interviews.csv", "Respondent,Group,Date,Text\r\n"
				+ "R01,current customers,2026-03-01,\"Interviewer: Hi.\r\nR01: I said \"\"fine\"\", really, fine.\"\r\n"
				+ "R02,Former,,Short answer.\r\n"
				+ "\"R03, Anna\",\"interested, did not buy\",2026/03/05,\"Line one\nLine two\"\r\n");

		List<Transcript> transcripts = TranscriptImport.read(List.of(csv), null);

		assertEquals(3, transcripts.size());
		assertEquals("R01", transcripts.get(0).respondent());
		assertEquals(RespondentGroup.CURRENT_CUSTOMERS, transcripts.get(0).group());
		assertEquals("Interviewer: Hi.\r\nR01: I said \"fine\", really, fine.", transcripts.get(0).text());
		assertEquals(RespondentGroup.FORMER_CUSTOMERS, transcripts.get(1).group());
		assertNull(transcripts.get(1).date());
		assertEquals("R03, Anna", transcripts.get(2).respondent());
		assertEquals(RespondentGroup.INTERESTED_NON_BUYERS, transcripts.get(2).group());
		assertEquals(LocalDate.of(2026, 3, 5), transcripts.get(2).date());
		assertEquals("Line one\nLine two", transcripts.get(2).text());
		assertEquals("interviews.csv, line 5", transcripts.get(2).source());
	}

	@Test
	void aCsvFromASpreadsheetWithSemicolonsAndColumnsInAnotherOrder() throws Exception {
		Path csv = write("export.csv", "text;date;respondent;group;notes\n\"Всё, хорошо\";14.03.2026;Мария;текущие;x\n");

		Transcript transcript = TranscriptImport.read(List.of(csv), null).get(0);

		assertEquals("Мария", transcript.respondent());
		assertEquals("Всё, хорошо", transcript.text());
		assertEquals(RespondentGroup.CURRENT_CUSTOMERS, transcript.group());
	}

	@Test
	void theImportIsOneUndoableCommandNamedForTheEditMenu() throws Exception {
		Path csv = write("interviews.csv", "respondent,group,date,text\nR01,current,2026-03-01,One.\nR02,lost,,Two.\n");
		Path anna = write("anna.txt", "Group: interested\nThree.");
		List<Transcript> transcripts = TranscriptImport.read(List.of(csv, anna), null);

		Command command = ImportTranscriptsCommand.create(fixture.domain, fixture.study, transcripts);
		fixture.domain.getCommandStack().execute(command);

		assertEquals("Import 3 Transcripts", command.getLabel());
		List<Interview> interviews = fixture.study.getInterviews();
		assertEquals(List.of("R01", "R02", "anna"), interviews.stream().map(Interview::getTitle).toList());
		assertEquals("One.", interviews.get(0).getTranscript());
		assertEquals(LocalDate.of(2026, 3, 1),
				interviews.get(0).getDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
		assertEquals(RespondentGroup.FORMER_CUSTOMERS, interviews.get(1).getRespondentGroup());
		assertEquals(RespondentGroup.INTERESTED_NON_BUYERS, interviews.get(2).getRespondentGroup());
		assertFalse(interviews.get(2).getId() == null || interviews.get(2).getId().isBlank(), "ids are given");

		fixture.domain.getCommandStack().undo();
		assertTrue(fixture.study.getInterviews().isEmpty(), "one undo removes the whole import");

		fixture.domain.getCommandStack().redo();
		assertEquals(3, fixture.study.getInterviews().size());
	}

	@Test
	void transcriptsTheStudyAlreadyHoldsAreNamedBeforeAnImportTwice() throws Exception {
		Path anna = write("anna.txt", "One.");
		Path boris = write("boris.txt", "Two.");
		fixture.domain.getCommandStack().execute(ImportTranscriptsCommand.create(fixture.domain, fixture.study,
				TranscriptImport.read(List.of(anna), null)));

		List<Transcript> again = TranscriptImport.read(List.of(anna, boris), null);

		assertEquals(List.of("anna.txt"),
				AlreadyImported.in(fixture.study, again).stream().map(Transcript::source).toList());
	}

	@Test
	void everyBadFileIsNamedWithItsReasonAndNothingIsImported() throws Exception {
		String before = EcoreUtil.getURI(fixture.study) + "/" + fixture.study.getInterviews().size();
		Path good = write("good.txt", "A fine transcript.");
		Path binary = Files.write(folder.resolve("photo.txt"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		Path cp1251 = Files.write(folder.resolve("olga.txt"),
				"Интервьюер: Почему?\nОльга: Боюсь комиссий.".getBytes(Charset.forName("windows-1251")));
		Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
		Path huge = Files.writeString(folder.resolve("huge.txt"), "word ".repeat(1_000_000));
		Path brokenCsv = write("broken.csv",
				"respondent,group,date,text\nR01,current,2026-03-01,Fine.\nR02,current,2026-03-02,\"never closed\n");

		TranscriptImportException refused = assertThrows(TranscriptImportException.class, () -> TranscriptImport
				.read(List.of(good, binary, cp1251, empty, huge, brokenCsv), new NullProgressMonitor()));

		String message = refused.getMessage();
		assertTrue(message.startsWith("5 files cannot be imported; nothing was imported"), message);
		assertTrue(message.contains("photo.txt: the file holds binary content (a NUL byte at byte 8), not a transcript"), message);
		assertTrue(message.contains("olga.txt, line 1: the file is not UTF-8 text"), message);
		assertTrue(message.contains("save it as UTF-8"), message);
		assertTrue(message.contains("empty.txt: the file is empty"), message);
		assertTrue(message.contains("huge.txt: the file is too large for one transcript (4.8 MiB; at most 1.0 MiB)"),
				message);
		assertTrue(message.contains("broken.csv, line 3: a quoted field is never closed"), message);
		assertFalse(message.contains("good.txt"), message);
		assertEquals(5, refused.problems().size());
		assertEquals(before, EcoreUtil.getURI(fixture.study) + "/" + fixture.study.getInterviews().size());
		assertFalse(fixture.domain.getCommandStack().canUndo(), "nothing reached the command stack");
	}

	@Test
	void aCsvNamesEveryBadRowAndMissingColumns() throws Exception {
		Path rows = write("rows.csv", "respondent,group,date,text\nR01,current,2026-03-01,Fine.\n"
				+ "R02,VIP,2026-03-02,Unknown group.\nR03,former,yesterday,Bad date.\nR04,former,2026-03-04\n");
		Path quotes = write("quotes.csv", "respondent,group,date,text\nR05,former,2026-03-05,\"He said \"no\" twice\"\n");
		Path columns = write("columns.csv", "name,text\nR01,Fine.\n");

		TranscriptImportException refused = assertThrows(TranscriptImportException.class,
				() -> TranscriptImport.read(List.of(rows, quotes, columns), null));

		List<String> problems = refused.problems().stream().map(Object::toString).toList();
		assertEquals(5, problems.size(), problems::toString);
		assertTrue(problems.get(0).startsWith("rows.csv, line 3: unknown respondent group \"VIP\""), problems::toString);
		assertTrue(problems.get(1).startsWith("rows.csv, line 4: \"yesterday\" is not a date"), problems::toString);
		assertTrue(problems.get(2).startsWith("rows.csv, line 5: the row has 3 fields, the header 4"), problems::toString);
		assertEquals("quotes.csv, line 2: text after a closing quote: a \" inside a quoted field must be doubled (\"\")",
				problems.get(3));
		assertEquals("columns.csv, line 1: the header row lacks the columns respondent, group, date; "
				+ "a transcript CSV has the columns respondent, group, date, text", problems.get(4));
	}

	@Test
	void aBadHeaderLineIsNamed() throws Exception {
		Path file = write("r1.txt", "Respondent: R1\nGroup: aliens\nDate: 31.02.2026\nText.");

		TranscriptImportException refused = assertThrows(TranscriptImportException.class,
				() -> TranscriptImport.read(List.of(file), null));

		assertEquals(List.of("r1.txt, line 2: unknown respondent group \"aliens\"; write current, former (also lost), "
				+ "interested non-buyers, competitor customers, prospects, frontline employees or other",
				"r1.txt, line 3: \"31.02.2026\" is not a date; write it as 2026-03-14 or 14.03.2026"),
				refused.problems().stream().map(Object::toString).toList());
	}

	@Test
	void utf16AndControlCharactersAndBlankFilesAreRefused() throws Exception {
		Path utf16 = Files.write(folder.resolve("utf16.txt"), "Hello".getBytes(StandardCharsets.UTF_16));
		Path bell = write("bell.txt", "line one\nline \u0007two");
		Path blank = write("blank.txt", "  \n\t\n");

		TranscriptImportException refused = assertThrows(TranscriptImportException.class,
				() -> TranscriptImport.read(List.of(utf16, bell, blank), null));

		List<String> problems = refused.problems().stream().map(Object::toString).toList();
		assertTrue(problems.get(0).startsWith("utf16.txt: the file is UTF-16 text, not UTF-8"), problems::toString);
		assertEquals("bell.txt, line 2: the file holds binary content (control character U+0007), not a transcript",
				problems.get(1));
		assertEquals("blank.txt: the file holds no text, only white space", problems.get(2));
	}

	/** Found by TranscriptImportFuzzTest: U+FFFF was imported, and the map then saved into a file that never opened. */
	@Test
	void nonCharactersAreRefusedAndPageBreaksBecomeLineBreaksSoTheMapSavesAndOpens() throws Exception {
		Path noncharacter = write("nonchar.csv", "respondent,group,date,text\nNoah,,,Noah: \uFFFFThe fee was too high.\n");
		Path paged = write("paged.txt", "Anna: Page one.\fAnna: Page two.");

		TranscriptImportException refused = assertThrows(TranscriptImportException.class,
				() -> TranscriptImport.read(List.of(noncharacter), null));
		List<Transcript> transcripts = TranscriptImport.read(List.of(paged), null);

		assertEquals(List.of("nonchar.csv, line 2: the file holds binary content (the non-character U+FFFF), not a "
				+ "transcript"), refused.problems().stream().map(Object::toString).toList());
		assertEquals("Anna: Page one.\nAnna: Page two.", transcripts.get(0).text());
		fixture.domain.getCommandStack()
				.execute(ImportTranscriptsCommand.create(fixture.domain, fixture.study, transcripts));
		Path saved = folder.resolve("map.cjm");
		MapFiles.save(fixture.map, saved);
		assertEquals("Anna: Page one.\nAnna: Page two.",
				MapFiles.load(saved).getStudies().get(0).getInterviews().get(0).getTranscript());
	}

	@Test
	void aFolderOrAMissingFileIsNamed() throws IOException {
		Path missing = folder.resolve("missing.txt");
		Path subfolder = Files.createDirectory(folder.resolve("sub.txt"));

		TranscriptImportException refused = assertThrows(TranscriptImportException.class,
				() -> TranscriptImport.read(List.of(missing, subfolder), null));

		assertEquals(List.of("missing.txt: the file does not exist", "sub.txt: not a regular file"),
				refused.problems().stream().map(Object::toString).toList());
	}

	@Test
	void aCancelledImportStopsBeforeTheNextFile() throws IOException {
		Path file = write("a.txt", "text");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);

		assertThrows(OperationCanceledException.class, () -> TranscriptImport.read(List.of(file), monitor));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}
}
