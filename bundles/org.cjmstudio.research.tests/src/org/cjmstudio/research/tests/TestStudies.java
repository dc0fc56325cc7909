package org.cjmstudio.research.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cjmstudio.research.transcripts.ImportTranscriptsCommand;
import org.cjmstudio.research.transcripts.TranscriptImport;
import org.cjmstudio.research.transcripts.TranscriptImportException;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The test studies: 20 English and 20 Russian interview transcripts, imported as a user would import them. */
final class TestStudies {

	private TestStudies() {
	}

	/** A map whose study holds the 20 transcripts of {@code language} ("en" or "ru"), imported in one command. */
	static StudyFixture imported(String language) {
		StudyFixture fixture = new StudyFixture();
		try {
			fixture.domain.getCommandStack().execute(ImportTranscriptsCommand.create(fixture.domain, fixture.study,
					TranscriptImport.read(transcriptFiles(language), null)));
		} catch (TranscriptImportException e) {
			throw new AssertionError("the test transcripts do not import: " + e.getMessage(), e);
		}
		return fixture;
	}

	static List<Path> transcriptFiles(String language) {
		try (Stream<Path> files = Files.list(resource("transcripts/" + language))) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path resource(String path) {
		Bundle bundle = FrameworkUtil.getBundle(TestStudies.class);
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			throw new AssertionError("the test bundle lacks " + path);
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
