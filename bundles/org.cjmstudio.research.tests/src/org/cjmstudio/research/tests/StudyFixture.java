package org.cjmstudio.research.tests;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/** A map with one empty study in an editing domain like the editor's, for tests that change it through commands. */
final class StudyFixture {

	final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	final JourneyMap map = CjmFactory.eINSTANCE.createJourneyMap();
	final ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();

	StudyFixture() {
		Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/research-test.cjm"));
		map.setTitle("Research test map");
		study.setTitle("Why customers leave");
		map.getStudies().add(study);
		resource.getContents().add(map);
	}
}
