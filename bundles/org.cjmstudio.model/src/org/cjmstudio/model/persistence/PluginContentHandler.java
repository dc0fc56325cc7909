package org.cjmstudio.model.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * Reads a map file the way EMF does, keeping what plugins that are not installed here wrote into it. A plugin's lane
 * (org.cjmstudio.diagram.lanes) stores its cards in the stage's {@code laneCards}, typed by the plugin's own EMF
 * package; where that package is unknown, EMF makes up a package for it, records the cards in the resource's
 * extension map ({@link XMLResource#OPTION_RECORD_UNKNOWN_FEATURE}) and writes them back unchanged on save, so
 * opening and saving a map without the plugin loses nothing. Anything unknown in a namespace that is installed — a
 * misspelt attribute of a stage, a card of a kind CJM Studio has not — is still an error with its line: recording it
 * would hide a damaged file.
 */
final class PluginContentHandler extends SAXXMIHandler {

	PluginContentHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void handleUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject,
			String value) {
		if (isInstalledNamespace(peekObject.eClass().getEPackage())) {
			reportUnknownFeature(prefix, name, isElement, peekObject, value);
		} else {
			recordUnknownFeature(prefix, name, isElement, peekObject, value);
		}
	}

	@Override
	protected EObject validateCreateObjectFromFactory(EFactory factory, String typeName, EObject newObject,
			EStructuralFeature feature) {
		if (newObject == null && factory != null && isInstalledNamespace(factory.getEPackage())) {
			// a class our package has not: EMF would make it up and record it; report it with its line instead
			validateCreateObjectFromFactory(factory, typeName, null);
			return null;
		}
		return super.validateCreateObjectFromFactory(factory, typeName, newObject, feature);
	}

	/** The package EMF makes up for a plugin's namespace keeps the plugin's prefix, so the file is saved as it was. */
	@Override
	protected EFactory getFactoryForPrefix(String prefix) {
		EFactory factory = super.getFactoryForPrefix(prefix);
		if (factory != null && prefix != null && !prefix.isEmpty() && isMadeUp(factory.getEPackage())) {
			factory.getEPackage().setNsPrefix(prefix);
		}
		return factory;
	}

	private boolean isInstalledNamespace(EPackage ePackage) {
		return ePackage != XMLTypePackage.eINSTANCE && packageRegistry.getEPackage(ePackage.getNsURI()) != null;
	}

	/** True for the packages EMF makes up for content it does not know. */
	private boolean isMadeUp(EPackage ePackage) {
		return ePackage != XMLTypePackage.eINSTANCE && packageRegistry.getEPackage(ePackage.getNsURI()) != ePackage;
	}
}
