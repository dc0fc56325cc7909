package org.cjmstudio.research.ui.view;

import java.util.EventObject;
import java.util.function.Consumer;

import org.cjmstudio.edit.ui.properties.ItemProviderPropertySourceProvider;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for the Research view: the same property descriptors and editors as the map editor's
 * page, on the editing domain of whichever map the view shows (the view outlives editors, so the page cannot be
 * bound to one), reread after every change on that map's command stack.
 */
final class ResearchPropertySheetPage extends PropertySheetPage {

	private final CommandStackListener refresher = this::commandStackChanged;
	private CommandStack listenedTo;

	private final Consumer<ResearchPropertySheetPage> disposed;

	/** @param disposed told when the Properties view lets go of the page */
	ResearchPropertySheetPage(Consumer<ResearchPropertySheetPage> disposed) {
		this.disposed = disposed;
		setPropertySourceProvider(this::propertySource);
	}

	private IPropertySource propertySource(Object object) {
		EditingDomain domain = object instanceof EObject element
				? AdapterFactoryEditingDomain.getEditingDomainFor(element) : null;
		if (!(domain instanceof AdapterFactoryEditingDomain adapterFactoryDomain)) {
			return null;
		}
		return new ItemProviderPropertySourceProvider(adapterFactoryDomain.getAdapterFactory())
				.getPropertySource(object);
	}

	/** Called by the view when it shows another map. */
	void follow(OpenMap map) {
		CommandStack stack = map == null ? null : map.domain().getCommandStack();
		if (stack == listenedTo) {
			return;
		}
		if (listenedTo != null) {
			listenedTo.removeCommandStackListener(refresher);
		}
		listenedTo = stack;
		if (stack != null) {
			stack.addCommandStackListener(refresher);
		}
	}

	private void commandStackChanged(EventObject event) {
		if (getControl() != null && !getControl().isDisposed()) {
			refresh();
		}
	}

	@Override
	public void dispose() {
		follow(null);
		disposed.accept(this);
		super.dispose();
	}
}
