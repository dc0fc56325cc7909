package org.cjmstudio.example.tests;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.ids.ElementIds;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Maps the example's tests start from, and where they are read without the plugin. A bank's account-opening map
 * whose "Purchase" stage has a sign-up form and no consent is what the GDPR rule checks.
 */
final class ExampleMaps {

	private ExampleMaps() {
	}

	/**
	 * A resource set of a workbench where the example plugin is not installed: only CJM Studio's package is
	 * registered, with no fall-back to EMF's global registry (which knows the plugin's package in this test runtime).
	 */
	static ResourceSet withoutThePlugin() {
		ResourceSet resourceSet = MapFiles.newResourceSet();
		EPackage.Registry onlyOurs = new EPackageRegistryImpl();
		onlyOurs.put(CjmPackage.eNS_URI, CjmPackage.eINSTANCE);
		resourceSet.setPackageRegistry(onlyOurs);
		return resourceSet;
	}

	static JourneyMap signUpWithoutConsent() {
		JourneyMap map = JourneyMapTemplates.newStandardMap("Opening a current account");
		Stage purchase = map.getStages().get(3);
		Step fillsIn = CjmFactory.eINSTANCE.createStep();
		fillsIn.setName("Fills in the form");
		purchase.getSteps().add(fillsIn);
		Touchpoint form = CjmFactory.eINSTANCE.createTouchpoint();
		form.setName("Sign-up form");
		form.setDescription("Name, e-mail, \"date of birth\"");
		form.setChannel(map.getChannels().get(0));
		form.getServes().add(fillsIn);
		purchase.getTouchpoints().add(form);
		ElementIds.assignMissing(map);
		return map;
	}
}
