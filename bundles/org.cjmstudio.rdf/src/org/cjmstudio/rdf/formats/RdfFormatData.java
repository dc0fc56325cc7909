package org.cjmstudio.rdf.formats;

import org.cjmstudio.rdf.RdfFormat;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/** Which RDF format a contribution serves: the data after the colon in {@code class="...RdfExporter:ttl"}. */
final class RdfFormatData {

	private RdfFormatData() {
	}

	static RdfFormat of(Object data) throws CoreException {
		String name = data instanceof String text ? text : "";
		return RdfFormat.byName(name).orElseThrow(() -> new CoreException(Status.error("'" + name
				+ "' is not an RDF format (use one of: " + RdfFormat.shortNames() + ")")));
	}
}
