package org.cjmstudio.example.tests.broken;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.impl.CardImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

/**
 * Test only: the EMF package of a lane whose figure throws (this bundle's plugin.xml), one class, Sticker, a card
 * with a name. Built like the example's BlueprintPackage.
 */
public final class BrokenLanePackage {

	public static final String NS_URI = "https://w3id.org/cjmstudio/tests/broken-lane/1.0";

	public static final EPackage eINSTANCE;
	public static final EClass STICKER;
	public static final EAttribute STICKER__NAME;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EPackage broken = ecore.createEPackage();
		broken.setName("broken");
		broken.setNsPrefix("broken");
		broken.setNsURI(NS_URI);
		STICKER = ecore.createEClass();
		STICKER.setName("Sticker");
		STICKER.getESuperTypes().add(CjmPackage.Literals.CARD);
		STICKER__NAME = ecore.createEAttribute();
		STICKER__NAME.setName("name");
		STICKER__NAME.setEType(EcorePackage.Literals.ESTRING);
		STICKER.getEStructuralFeatures().add(STICKER__NAME);
		broken.getEClassifiers().add(STICKER);
		broken.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return eClass == STICKER ? new Sticker() : super.create(eClass);
			}
		});
		EPackage.Registry.INSTANCE.putIfAbsent(NS_URI, broken);
		eINSTANCE = broken;
	}

	private BrokenLanePackage() {
	}

	/** A card of the broken lane. */
	public static final class Sticker extends CardImpl {
		Sticker() {
			eSetClass(STICKER);
		}
	}
}
