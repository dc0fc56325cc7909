package org.cjmstudio.diagram.editor;

import java.util.EventObject;

import org.cjmstudio.edit.ui.properties.ItemProviderPropertySourceProvider;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for a map: it edits the element behind the selected card, and shows its current values
 * after every change on the map's command stack, whoever made it (a rename on the card, an undo, the persona editor,
 * a colleague's change). The platform's page only rereads values when the selection changes, so it went stale.
 */
final class MapPropertySheetPage extends PropertySheetPage {

	private final AdapterFactoryEditingDomain domain;
	private final CommandStackListener refresher = this::commandStackChanged;

	MapPropertySheetPage(AdapterFactoryEditingDomain domain) {
		this.domain = domain;
		ItemProviderPropertySourceProvider sources = new ItemProviderPropertySourceProvider(
				domain.getAdapterFactory());
		// The diagram's selection holds edit parts; the Properties view edits the elements behind them.
		setPropertySourceProvider(
				object -> sources.getPropertySource(object instanceof EditPart part ? part.getModel() : object));
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		domain.getCommandStack().addCommandStackListener(refresher);
	}

	private void commandStackChanged(EventObject event) {
		if (getControl() != null && !getControl().isDisposed()) {
			refresh();
		}
	}

	@Override
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(refresher);
		super.dispose();
	}
}
