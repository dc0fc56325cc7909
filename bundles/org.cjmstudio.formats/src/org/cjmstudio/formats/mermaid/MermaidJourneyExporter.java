package org.cjmstudio.formats.mermaid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;

/**
 * The Mermaid {@code journey} export (contributed as format {@code mermaid}): one diagram per file, so a map drops
 * into Markdown documents and wikis that render Mermaid. What it carries and loses is in {@link MermaidJourney}.
 */
public final class MermaidJourneyExporter implements MapExporter {

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		if (maps.size() != 1) {
			throw new IOException(file.getFileName() + ": a Mermaid journey shows one map; choose one (" + maps.size()
					+ " given)");
		}
		String text = MermaidJourney.of(maps.get(0));
		AtomicFileWriter.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}
}
