package org.cjmstudio.cli.tests.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;

/** A plugin's exporter: one line per map, its title. */
public final class TitlesExporter implements MapExporter {

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		StringBuilder titles = new StringBuilder();
		maps.forEach(map -> titles.append(map.getTitle()).append('\n'));
		AtomicFileWriter.write(file, out -> out.write(titles.toString().getBytes(StandardCharsets.UTF_8)));
	}
}
