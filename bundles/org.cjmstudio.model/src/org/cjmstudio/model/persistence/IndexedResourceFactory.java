package org.cjmstudio.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates the resources {@code .cjm} files are read into and written from: {@link MapResource}s. */
final class IndexedResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new MapResource(uri);
	}
}
