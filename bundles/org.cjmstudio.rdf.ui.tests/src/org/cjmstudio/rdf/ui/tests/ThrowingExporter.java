package org.cjmstudio.rdf.ui.tests;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;

/** A plugin's exporter with a bug: it throws instead of writing. */
public final class ThrowingExporter implements MapExporter {

	@Override
	public void write(List<JourneyMap> maps, Path file) {
		throw new IllegalStateException("bug in the exporter");
	}
}
