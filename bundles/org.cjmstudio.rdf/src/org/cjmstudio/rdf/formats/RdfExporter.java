package org.cjmstudio.rdf.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.UninstalledPluginContent;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * CJM Studio's RDF serialisations as contributions to {@code org.cjmstudio.exporters} (see this bundle's plugin.xml):
 * one class for the five formats, told which by the data after the colon ({@code RdfExporter:ttl}).
 */
public final class RdfExporter implements MapExporter, IExecutableExtension {

	private RdfFormat format = RdfFormat.TURTLE;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
			throws CoreException {
		format = RdfFormatData.of(data);
	}

	/**
	 * Refuses maps that hold cards of a plugin that is not installed here: they are kept in the map file but are not
	 * in the map, so the export would leave them out without a word. A plugin's cards that are installed are exported
	 * in the plugin's namespace.
	 */
	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		for (JourneyMap map : maps) {
			String kept = UninstalledPluginContent.describe(map);
			if (kept != null) {
				throw new IOException(kept + ", which the RDF export cannot carry without the plugin: install it to "
						+ "export the map. Nothing was written to " + file.getFileName() + ".");
			}
		}
		RdfExport.write(maps, format, file);
	}
}
