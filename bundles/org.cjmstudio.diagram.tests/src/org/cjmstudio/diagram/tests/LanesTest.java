package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cjmstudio.diagram.lanes.InstalledLanes;
import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

/**
 * Our lanes come through the extension point org.cjmstudio.diagram.lanes, in the order the diagram bundle's
 * plugin.xml gives them (the example plugin's lane is tested by the example's own tests).
 */
class LanesTest {

	@Test
	void ourLanesArriveThroughTheExtensionPointInTheirOrder() {
		assertEquals(Lane.builtIns(), Lane.values(), "no plugin lane is installed in this test runtime");
	}

	@Test
	void theContributionsNameOurLanesAsTheEditorDoes() {
		List<IConfigurationElement> ours = List.of(RegistryFactory.getRegistry()
				.getConfigurationElementsFor(InstalledLanes.EXTENSION_POINT)).stream()
				.filter(element -> "org.cjmstudio.diagram".equals(element.getContributor().getName())).toList();

		assertEquals(Lane.builtIns().stream().map(lane -> lane.id() + " " + lane.title()).toList(),
				ours.stream().map(element -> element.getAttribute("id") + " " + element.getAttribute("name")).toList());
		for (IConfigurationElement element : ours) {
			Lane lane = Lane.builtIns().stream().filter(each -> each.id().equals(element.getAttribute("id")))
					.findFirst().orElseThrow();
			assertEquals(lane.cardType() == null ? null
					: lane.cardType().getEPackage().getNsURI() + "#//" + lane.cardType().getName(),
					element.getAttribute("cardType"), lane.id());
		}
	}
}
