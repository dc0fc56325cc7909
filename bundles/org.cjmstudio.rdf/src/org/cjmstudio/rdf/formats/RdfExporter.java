package org.cjmstudio.rdf.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
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

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		RdfExport.write(maps, format, file);
	}
}
