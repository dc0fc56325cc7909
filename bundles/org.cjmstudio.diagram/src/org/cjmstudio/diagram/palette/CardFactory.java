package org.cjmstudio.diagram.palette;

import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.gef.requests.CreationFactory;

/**
 * Makes a fresh element of one class each time a palette tool is used, named "New barrier" and so on so the card is
 * visible and ready to be renamed in place. Its id is given when it joins the map.
 */
final class CardFactory implements CreationFactory {

	private final EClass type;

	CardFactory(EClass type) {
		this.type = type;
	}

	@Override
	public Object getNewObject() {
		// the class's own package makes it: a plugin lane's cards come from the plugin's package
		EObject element = type.getEPackage().getEFactoryInstance().create(type);
		EStructuralFeature name = nameFeature(element);
		if (name != null) {
			String kind = ElementLabels.kind(element);
			element.eSet(name, "New " + kind);
		}
		return element;
	}

	@Override
	public Object getObjectType() {
		return type;
	}

	private static EStructuralFeature nameFeature(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name != null ? name : element.eClass().getEStructuralFeature("title");
	}
}
