package org.cjmstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The labels, property sheets and "New child" menus that the outline, properties view and diagram will show all
 * come from the generated item providers; these tests pin what a CX team sees.
 */
class ItemProvidersTest {

	private final ComposedAdapterFactory adapterFactory = MapEditingDomains.newAdapterFactory();

	@AfterEach
	void disposeAdapters() {
		adapterFactory.dispose();
	}

	@Test
	void cardsAreLabelledWithTheirKindAndName() {
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		barrier.setName("Checkout takes five screens");

		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(barrier, IItemLabelProvider.class);

		assertEquals("Barrier Checkout takes five screens", labels.getText(barrier));
		assertNotNull(labels.getImage(barrier), "every card kind has an icon");
	}

	@Test
	void aBarrierShowsTheFieldsATeamFillsIn() {
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		IItemPropertySource properties = (IItemPropertySource) adapterFactory.adapt(barrier,
				IItemPropertySource.class);

		List<String> names = properties.getPropertyDescriptors(barrier).stream()
				.map(descriptor -> descriptor.getDisplayName(barrier)).toList();

		assertTrue(names.containsAll(List.of("Name", "Description", "Kind", "Severity", "Evidence")), names.toString());
		IItemPropertyDescriptor id = properties.getPropertyDescriptor(barrier, "id");
		assertFalse(id.canSetProperty(barrier), "the UUID is never edited by hand");
	}

	@Test
	void aStageOffersEveryKindOfCardAsNewChild() {
		Stage stage = JourneyMapTemplates.newStandardMap("Map").getStages().get(0);
		IEditingDomainItemProvider provider = (IEditingDomainItemProvider) adapterFactory.adapt(stage,
				IEditingDomainItemProvider.class);

		Collection<?> descriptors = provider.getNewChildDescriptors(stage, null, null);

		Set<Object> offered = new HashSet<>();
		for (Object descriptor : descriptors) {
			offered.add(((CommandParameter) descriptor).getEStructuralFeature());
		}
		CjmPackage cjm = CjmPackage.eINSTANCE;
		assertTrue(offered.containsAll(List.of(cjm.getStage_Steps(), cjm.getStage_Touchpoints(),
				cjm.getStage_Emotions(), cjm.getStage_Barriers())), offered.toString());
	}
}
