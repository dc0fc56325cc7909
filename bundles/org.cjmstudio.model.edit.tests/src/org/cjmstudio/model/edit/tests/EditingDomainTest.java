package org.cjmstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/** Every change goes through the domain's one command stack: it can be undone and redone, and marks the map dirty. */
class EditingDomainTest {

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	private final JourneyMap map = JourneyMapTemplates.newStandardMap("Bikes");
	private final Stage purchase = map.getStages().get(3);

	EditingDomainTest() {
		Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/bikes.cjm"));
		resource.getContents().add(map);
	}

	@Test
	void aBarrierCreatedFromTheNewChildMenuGetsAnIdAndCanBeUndoneAndRedone() {
		Command create = CreateChildCommand.create(domain, purchase,
				new CommandParameter(purchase, CjmPackage.Literals.STAGE__BARRIERS,
						CjmPackage.eINSTANCE.getCjmFactory().createBarrier()),
				List.of(purchase));
		assertTrue(create.canExecute());

		domain.getCommandStack().execute(create);
		Barrier barrier = purchase.getBarriers().get(0);
		String id = barrier.getId();
		assertNotNull(id, "the element joined a map of the domain, so it has an id");
		assertTrue(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded(), "the map is dirty");

		domain.getCommandStack().undo();
		assertTrue(purchase.getBarriers().isEmpty());
		assertFalse(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded(), "back to the saved state");

		domain.getCommandStack().redo();
		assertEquals(id, purchase.getBarriers().get(0).getId(), "redo brings back the same element");
	}

	@Test
	void aPropertyEditedThroughItsDescriptorGoesThroughTheCommandStack() {
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(purchase));
		IItemPropertySource properties = (IItemPropertySource) domain.getAdapterFactory().adapt(purchase,
				IItemPropertySource.class);

		properties.getPropertyDescriptor(purchase, CjmPackage.Literals.STAGE__NAME).setPropertyValue(purchase,
				"Checkout");

		assertEquals("Checkout", purchase.getName());
		domain.getCommandStack().undo();
		assertEquals("Purchase", purchase.getName());
	}

	@Test
	void renamingAStageIsOneUndoableStep() {
		Command rename = SetCommand.create(domain, purchase, CjmPackage.Literals.STAGE__NAME, "Checkout");

		domain.getCommandStack().execute(rename);
		assertEquals("Checkout", purchase.getName());
		assertEquals(rename, domain.getCommandStack().getUndoCommand());

		domain.getCommandStack().undo();
		assertEquals("Purchase", purchase.getName());
	}
}
