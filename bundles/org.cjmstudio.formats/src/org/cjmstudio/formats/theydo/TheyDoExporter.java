package org.cjmstudio.formats.theydo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * The TheyDo import files as four export formats ({@code theydo-insights}, {@code theydo-opportunities},
 * {@code theydo-solutions}, {@code theydo-metrics}; see plugin.xml): TheyDo reads one kind of record per file, and
 * an export writes one file, so the user picks which file to write. One class serves all four, told which by the
 * data after the colon ({@code TheyDoExporter:insights}).
 */
public final class TheyDoExporter implements MapExporter, IExecutableExtension {

	private TheyDoFile kind = TheyDoFile.INSIGHTS;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		kind = TheyDoFile.named(data);
	}

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		String json = Json.write(TheyDoRecords.file(kind, maps));
		AtomicFileWriter.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
	}
}
