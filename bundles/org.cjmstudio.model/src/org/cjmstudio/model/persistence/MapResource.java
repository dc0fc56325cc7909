package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.cjmstudio.model.util.CjmResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code .cjm} resource as CJM Studio reads it: elements indexed by id (without the index every look-up of an
 * element by its UUID walks the whole map: on a map with 2,000 cards one validation took about 200 ms instead of a
 * few), references to missing ids refused in linear time, and dates read strictly ({@link StrictDates}).
 */
final class MapResource extends CjmResourceImpl {

	private boolean loading;

	/** While loading: the last look-up walked every element and indexed its id, and nothing was added since. */
	private boolean everyIdIndexed;

	MapResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new StrictDates(this);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new PluginContentHandler(resource, helper, options);
			}
		};
	}

	@Override
	public void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		loading = true;
		everyIdIndexed = false;
		try {
			super.doLoad(in, options);
		} finally {
			loading = false;
		}
	}

	@Override
	public void attached(EObject element) {
		super.attached(element);
		everyIdIndexed = false;
	}

	/**
	 * EMF looks an id up in the index and, when it is not there, walks the whole map for it. For a reference to an
	 * id no element has, that walk is repeated for every such reference: a file with 100,000 dangling references
	 * took 15 s to refuse. While a file loads, once one walk has indexed every element and none has been added
	 * since, an id missing from the index is missing from the map. (After loading, ids may still be given to
	 * elements already in the map, so EMF's walk stays.)
	 */
	@Override
	protected EObject getEObjectByID(String id) {
		if (loading && everyIdIndexed) {
			return getIntrinsicIDToEObjectMap().get(id);
		}
		EObject element = super.getEObjectByID(id);
		if (loading && element == null) {
			everyIdIndexed = true;
		}
		return element;
	}
}
