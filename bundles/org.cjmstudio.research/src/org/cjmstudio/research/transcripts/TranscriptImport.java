package org.cjmstudio.research.transcripts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads interview transcripts from files: {@code *.csv} files as a table of interviews
 * ({@link CsvTranscriptReader}), every other file as one interview in plain text ({@link PlainTranscriptReader}).
 * All or nothing: every file is read and checked first, and if any is bad the import is refused with every bad file
 * listed; only a complete, clean set of transcripts is returned, for {@link ImportTranscriptsCommand}.
 *
 * <pre>
 * List&lt;Transcript&gt; transcripts = TranscriptImport.read(files, monitor); // in a Job
 * domain.getCommandStack().execute(ImportTranscriptsCommand.create(domain, study, transcripts));
 * </pre>
 */
public final class TranscriptImport {

	private TranscriptImport() {
	}

	/**
	 * The transcripts in {@code files}, in their order (a CSV's rows in its order).
	 *
	 * @param monitor reports one unit per file; may be {@code null}
	 * @throws TranscriptImportException naming every bad file and why; nothing should then be imported
	 * @throws OperationCanceledException when the user cancels
	 */
	public static List<Transcript> read(List<Path> files, IProgressMonitor monitor) throws TranscriptImportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading transcripts", files.size());
		List<Transcript> transcripts = new ArrayList<>();
		List<TranscriptProblem> problems = new ArrayList<>();
		for (Path file : files) {
			progress.checkCanceled();
			progress.subTask(String.valueOf(file.getFileName()));
			try {
				if (isCsv(file)) {
					transcripts.addAll(CsvTranscriptReader.read(file));
				} else {
					transcripts.add(PlainTranscriptReader.read(file));
				}
			} catch (RefusedTranscript refused) {
				problems.addAll(refused.problems());
			}
			progress.worked(1);
		}
		if (!problems.isEmpty()) {
			throw new TranscriptImportException(problems);
		}
		if (transcripts.isEmpty()) {
			throw new TranscriptImportException(
					List.of(TranscriptProblem.ofFile("(no files)", "choose at least one transcript file")));
		}
		return transcripts;
	}

	/** Whether {@code file} is read as a CSV table of interviews rather than one plain text transcript. */
	public static boolean isCsv(Path file) {
		return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv");
	}
}
