package org.cjmstudio.rdf.formats;

import java.io.IOException;
import java.nio.file.Path;

import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.formats.MapImporter;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportReport;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.cjmstudio.rdf.jsonld.RemoteContexts;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * CJM Studio's RDF serialisations as contributions to {@code org.cjmstudio.importers} (see this bundle's plugin.xml),
 * told which by the data after the colon ({@code RdfImporter:ttl}). The network is only used for JSON-LD contexts,
 * and only when the user allows it.
 */
public final class RdfImporter implements MapImporter, IExecutableExtension {

	private RdfFormat format = RdfFormat.TURTLE;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
			throws CoreException {
		format = RdfFormatData.of(data);
	}

	@Override
	public ImportedMaps read(Path file, boolean mayUseNetwork) throws IOException {
		try {
			ImportResult result = RdfImport.read(file, format,
					mayUseNetwork ? RemoteContexts.FETCH_FROM_WEB : RemoteContexts.REFUSE);
			return new ImportedMaps(result.maps(),
					result.report().problems().stream().map(ImportReport.Problem::toString).toList(),
					result.report().findings().stream().map(ImportReport.Problem::toString).toList());
		} catch (RdfImportException notReadable) {
			if (notReadable.isMapIncomplete()) {
				throw new ImportRefusedException(notReadable.getMessage(), notReadable);
			}
			throw new IOException(notReadable.getMessage(), notReadable);
		}
	}
}
