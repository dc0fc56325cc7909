package org.cjmstudio.example.blueprint;

import org.cjmstudio.model.CjmPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

/**
 * The example's own EMF package: one class, EmployeeAction, a card of the service blueprint's "Employee actions"
 * lane. A plugin with a real metamodel would generate its package from an .ecore file as CJM Studio does
 * (releng/scripts/generate-model.sh); one class with three attributes is clearer built here, in code. EMF finds it
 * through plugin.xml (org.eclipse.emf.ecore.generated_package reads {@link #eINSTANCE}), so map files that hold
 * employee actions load where this plugin is installed; elsewhere CJM Studio keeps them unchanged in the file.
 */
public final class BlueprintPackage {

	/** The namespace of the package: it names the cards' type in the map file, so it never changes. */
	public static final String NS_URI = "https://w3id.org/cjmstudio/example/blueprint/1.0";

	public static final EPackage eINSTANCE;

	/** What an employee does for the customer at a stage; extends Card, so it has an id, a colour and an image. */
	public static final EClass EMPLOYEE_ACTION;
	public static final EAttribute EMPLOYEE_ACTION__NAME;
	public static final EAttribute EMPLOYEE_ACTION__DESCRIPTION;
	/** Who does it, in the team's words: "Branch clerk", "KYC back office". */
	public static final EAttribute EMPLOYEE_ACTION__ACTOR;
	/** True when the customer does not see it (behind the line of visibility of a service blueprint). */
	public static final EAttribute EMPLOYEE_ACTION__BACK_STAGE;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EPackage blueprint = ecore.createEPackage();
		blueprint.setName("blueprint");
		blueprint.setNsPrefix("blueprint");
		blueprint.setNsURI(NS_URI);
		EMPLOYEE_ACTION = ecore.createEClass();
		EMPLOYEE_ACTION.setName("EmployeeAction");
		EMPLOYEE_ACTION.getESuperTypes().add(CjmPackage.Literals.CARD);
		EMPLOYEE_ACTION__NAME = attribute("name", EcorePackage.Literals.ESTRING);
		EMPLOYEE_ACTION__DESCRIPTION = attribute("description", EcorePackage.Literals.ESTRING);
		EMPLOYEE_ACTION__ACTOR = attribute("actor", EcorePackage.Literals.ESTRING);
		EMPLOYEE_ACTION__BACK_STAGE = attribute("backStage", EcorePackage.Literals.EBOOLEAN);
		blueprint.getEClassifiers().add(EMPLOYEE_ACTION);
		blueprint.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				// Card's own factory cannot make a subclass from another package: this one does
				return eClass == EMPLOYEE_ACTION ? new EmployeeAction() : super.create(eClass);
			}
		});
		EPackage.Registry.INSTANCE.putIfAbsent(NS_URI, blueprint);
		eINSTANCE = blueprint;
	}

	private BlueprintPackage() {
	}

	private static EAttribute attribute(String name, EClassifier type) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		EMPLOYEE_ACTION.getEStructuralFeatures().add(attribute);
		return attribute;
	}
}
