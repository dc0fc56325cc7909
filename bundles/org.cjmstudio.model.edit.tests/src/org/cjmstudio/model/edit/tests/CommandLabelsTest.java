package org.cjmstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Severity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

/** The Edit menu names each change: "Undo Rename Barrier", not EMF's "Undo Set". */
class CommandLabelsTest {

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.newEditingDomain();
	private final JourneyMap map = JourneyMapTemplates.newStandardMap("Rain jackets");
	private final Stage purchase = map.getStages().get(3);
	private final Barrier account = barrier("Account required");
	private final Barrier shipping = barrier("Late shipping costs");

	CommandLabelsTest() {
		domain.getResourceSet().createResource(URI.createURI("memory:/map.cjm")).getContents().add(map);
	}

	private Barrier barrier(String name) {
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		barrier.setName(name);
		purchase.getBarriers().add(barrier);
		return barrier;
	}

	@Test
	void changesMadeInThePropertiesViewAreNamedByWhatTheyChange() {
		assertEquals("Rename Barrier", CommandLabels.of(SetCommand.create(domain, account,
				CjmPackage.Literals.BARRIER__NAME, "Guest checkout missing")));
		assertEquals("Change Barrier Drop Off Rate", CommandLabels.of(SetCommand.create(domain, account,
				CjmPackage.Literals.BARRIER__DROP_OFF_RATE, 27.0)));
		assertEquals("Change Barrier Severity", CommandLabels.of(SetCommand.create(domain, account,
				CjmPackage.Literals.BARRIER__SEVERITY, Severity.CRITICAL)));
		assertEquals("Rename Stage", CommandLabels.of(SetCommand.create(domain, purchase,
				CjmPackage.Literals.STAGE__NAME, "Checkout")));
	}

	@Test
	void deletionsCountWhatGoes() {
		assertEquals("Delete Barrier", CommandLabels.of(DeleteCommand.create(domain, List.of(account))));
		assertEquals("Delete 2 Barriers", CommandLabels.of(DeleteCommand.create(domain, List.of(account, shipping))));
		assertEquals("Delete 2 Elements", CommandLabels.of(DeleteCommand.create(domain, List.of(account, purchase))));
	}

	@Test
	void aNamedCommandKeepsItsName() {
		SetCommand named = (SetCommand) SetCommand.create(domain, account, CjmPackage.Literals.BARRIER__NAME, "x");
		named.setLabel("Link Evidence");
		assertEquals("Link Evidence", CommandLabels.of(named));
	}
}
